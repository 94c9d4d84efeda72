import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  port: number;
  /** Every e-mail received, parsed, in order of arrival. */
  received: ParsedMail[];
  /** Waits until `count` e-mails matching `match` have arrived; returns them. */
  waitFor: (match: (m: ParsedMail) => boolean, count?: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  close: () => Promise<void>;
}

/**
 * A real SMTP server in this process (smtp-server), no TLS and no login, that
 * parses what it receives with mailparser. `port` 0 picks a free one; passing
 * an earlier port brings "the same" server back after it was down.
 */
export async function startSmtp(port = 0, received: ParsedMail[] = []): Promise<TestSmtp> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    port: actualPort,
    received,
    async waitFor(match, count = 1, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.filter(match);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`expected ${count} e-mail(s), got ${found.length}; received: ${received.map((m) => `${m.to && "text" in m.to ? m.to.text : ""}: ${m.subject}`).join("; ")}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The address an e-mail was sent to. */
export function recipient(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? "";
}
