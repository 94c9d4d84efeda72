import { and, count, desc, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { mailOutbox, type MailStatus } from "#db/schema";
import type { Locale } from "~/i18n/config";

export interface NewMail {
  to: string;
  userId?: number | null;
  kind: string;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** At most one e-mail per key, ever (e.g. "digest:12:2026-11-29"). */
  dedupeKey?: string;
}

/**
 * Queues an e-mail. Call it inside the transaction of the event that causes
 * it: the e-mail exists exactly when the event does. Returns false when an
 * e-mail with the same dedupe key was queued before.
 */
export function enqueueMail(mail: NewMail, now = new Date()): boolean {
  const result = getConnection()
    .db.insert(mailOutbox)
    .values({
      to: mail.to,
      userId: mail.userId ?? null,
      kind: mail.kind,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers ?? {},
      dedupeKey: mail.dedupeKey ?? null,
      nextAttemptAt: now,
    })
    .onConflictDoNothing()
    .run();
  return result.changes > 0;
}

/** Whether an e-mail with this dedupe key exists (lets schedules skip the work of building it again). */
export function isQueued(dedupeKey: string): boolean {
  return getConnection().db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.dedupeKey, dedupeKey)).get() !== undefined;
}

export type OutboxRow = typeof mailOutbox.$inferSelect;

/**
 * Takes the next due e-mail for sending: marks it claimed and counts the
 * attempt in one statement, so two loops can never both hold it.
 */
export function claimNextDue(now = new Date()): OutboxRow | null {
  const { db } = getConnection();
  const row = db
    .update(mailOutbox)
    .set({ claimedAt: now, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(
      eq(
        mailOutbox.id,
        sql`(select id from ${mailOutbox} where status = 'queued' and claimed_at is null and next_attempt_at <= ${now.getTime()} order by next_attempt_at, id limit 1)`,
      ),
    )
    .returning()
    .get();
  return row ?? null;
}

export function markSent(id: number, now = new Date()): void {
  getConnection()
    .db.update(mailOutbox)
    .set({ status: "sent", sentAt: now, claimedAt: null, lastError: null })
    .where(eq(mailOutbox.id, id))
    .run();
}

/**
 * The server refused or could not be reached: nothing was delivered, so the
 * e-mail goes back to the queue after a back-off that doubles each time, and
 * is given up (failed) after maxAttempts.
 */
export function markAttemptFailed(row: Pick<OutboxRow, "id" | "attempts">, reason: string, options: { baseMs: number; maxAttempts: number; permanent?: boolean }, now = new Date()): void {
  const giveUp = options.permanent || row.attempts >= options.maxAttempts;
  const delay = Math.min(options.baseMs * 2 ** (row.attempts - 1), 24 * 60 * 60 * 1000);
  getConnection()
    .db.update(mailOutbox)
    .set({
      status: giveUp ? "failed" : "queued",
      claimedAt: null,
      lastError: reason.slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + delay),
    })
    .where(eq(mailOutbox.id, row.id))
    .run();
}

export const INTERRUPTED_REASON = "interrupted while sending: it may have been delivered, so it is not sent again on its own";

/**
 * At start, before any sending: e-mails claimed by a process that then died
 * may or may not have reached the SMTP server. They are marked failed rather
 * than resent blindly; an admin can send one again from /admin/mail.
 */
export function failInterrupted(): number {
  return getConnection()
    .db.update(mailOutbox)
    .set({ status: "failed", claimedAt: null, lastError: INTERRUPTED_REASON })
    .where(and(eq(mailOutbox.status, "queued"), isNotNull(mailOutbox.claimedAt)))
    .run().changes;
}

/** An admin's decision to try a failed e-mail again (the Message-ID stays the same). */
export function requeueMail(id: number, now = new Date()): boolean {
  return (
    getConnection()
      .db.update(mailOutbox)
      .set({ status: "queued", claimedAt: null, nextAttemptAt: now, attempts: 0 })
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "failed")))
      .run().changes > 0
  );
}

export function outboxCounts(): Record<MailStatus, number> {
  const rows = getConnection()
    .db.select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .groupBy(mailOutbox.status)
    .all();
  const counts: Record<MailStatus, number> = { queued: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function listOutbox(options: { status?: MailStatus; limit?: number } = {}) {
  return getConnection()
    .db.select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      kind: mailOutbox.kind,
      locale: mailOutbox.locale,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(options.status ? eq(mailOutbox.status, options.status) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(options.limit ?? 100)
    .all();
}

export function getMail(id: number): OutboxRow | null {
  return getConnection().db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get() ?? null;
}

/** Whether anything is waiting (used by tests and the admin page). */
export function queuedCount(now = new Date()): number {
  return (
    getConnection()
      .db.select({ n: count() })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "queued"), isNull(mailOutbox.claimedAt), lte(mailOutbox.nextAttemptAt, now)))
      .get()?.n ?? 0
  );
}
