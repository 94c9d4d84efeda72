import { openDatabase } from "#db/client";

export interface OutboxMail {
  id: number;
  to: string;
  kind: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  headers: string;
  status: string;
  attempts: number;
  last_error: string | null;
  dedupe_key: string | null;
}

/** The e-mails in a server's outbox, oldest first (optionally to one address / of one kind). */
export function outbox(dbPath: string, filter: { to?: string; kind?: string } = {}): OutboxMail[] {
  const { sqlite } = openDatabase(dbPath, { migrate: false, quickCheck: false });
  try {
    return sqlite
      .prepare("select * from mail_outbox where (? is null or \"to\" = ?) and (? is null or kind = ?) order by id")
      .all(filter.to ?? null, filter.to ?? null, filter.kind ?? null, filter.kind ?? null) as OutboxMail[];
  } finally {
    sqlite.close();
  }
}

/** The path (and query) of the first link to `pathPrefix` in an e-mail's text. */
export function linkIn(text: string, pathPrefix: string): string {
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname === pathPrefix) return url.pathname + url.search;
  }
  throw new Error(`no ${pathPrefix} link in:\n${text}`);
}

/** The newest verification link sent to this address. */
export function verificationLink(dbPath: string, email: string): string {
  const mails = outbox(dbPath, { to: email, kind: "verify_email" });
  const last = mails.at(-1);
  if (!last) throw new Error(`no verification e-mail to ${email}`);
  return linkIn(last.text, "/verify-email");
}
