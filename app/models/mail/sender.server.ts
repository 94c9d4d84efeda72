import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "~/env.server";
import { claimNextDue, failInterrupted, markAttemptFailed, markSent, type OutboxRow } from "./outbox.server";
import { runMailSchedules } from "./schedules.server";

// The sender loop (docs/decisions/014-mail-outbox.md): one per server process,
// started by server.ts. It delivers queued e-mail one at a time, and every
// minute lets the schedules (digests, weekly summaries) queue theirs.

const SCHEDULE_EVERY_MS = 60_000;

/** A stable Message-ID per outbox row: if an e-mail ever goes out twice, mail clients show it once. */
export function messageIdFor(row: Pick<OutboxRow, "id" | "createdAt">): string {
  const host = new URL(getEnv().APP_ORIGIN ?? "http://kumi.localhost").hostname;
  return `<outbox-${row.id}-${row.createdAt.getTime()}@${host}>`;
}

function createTransport(url: string): Transporter {
  // Shorter than nodemailer's minutes-long defaults: a hung server must not
  // hold the loop (the e-mail is retried later).
  return nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never);
}

/** 5xx is the server's final word on this e-mail (e.g. no such mailbox); anything else may pass later. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** Sends everything due now; returns how many went out. */
export async function deliverDue(transport: Transporter, now = () => new Date()): Promise<number> {
  const env = getEnv();
  let sent = 0;
  for (;;) {
    const row = claimNextDue(now());
    if (!row) return sent;
    try {
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: row.to,
        subject: row.subject,
        text: row.text,
        html: row.html,
        headers: row.headers,
        messageId: messageIdFor(row),
      });
      markSent(row.id, now());
      sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      markAttemptFailed(row, reason, { baseMs: env.MAIL_RETRY_BASE_MS, maxAttempts: env.MAIL_MAX_ATTEMPTS, permanent: isPermanent(error) }, now());
      // The server is likely down: leave the rest for the next round.
      if (!isPermanent(error)) return sent;
    }
  }
}

export interface MailSender {
  /** Stops the loop after the e-mail being sent (if any) is recorded. */
  stop(): Promise<void>;
}

export function startMailSender(): MailSender {
  const env = getEnv();
  const interrupted = failInterrupted();
  if (interrupted) console.warn(`mail: ${interrupted} e-mail(s) were being sent when the server last stopped; marked failed (see /admin/mail)`);
  const transport = env.SMTP_URL ? createTransport(env.SMTP_URL) : null;
  if (!transport) console.log("mail: no SMTP_URL, e-mails stay in the outbox (/admin/mail)");
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastSchedule = 0;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      if (Date.now() - lastSchedule >= SCHEDULE_EVERY_MS) {
        lastSchedule = Date.now();
        runMailSchedules(new Date());
      }
      if (transport) await deliverDue(transport);
    } catch (error) {
      console.error("mail:", error instanceof Error ? error.message : error);
    }
  };
  const loop = () => {
    if (stopped) return;
    running = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, env.MAIL_POLL_MS);
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport?.close();
    },
  };
}
