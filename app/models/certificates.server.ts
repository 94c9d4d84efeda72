import { randomBytes } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { and, eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificates, users } from "#db/schema";

export type Certificate = typeof certificates.$inferSelect;

/** Issues the certificate once; a second call returns the first one. */
export function issueCertificate(userId: number, courseId: string, cohortId: number | null): { certificate: Certificate; created: boolean } {
  const { db } = getConnection();
  const existing = certificateOf(userId, courseId);
  if (existing) return { certificate: existing, created: false };
  const user = db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
  const certificate = db
    .insert(certificates)
    .values({
      // 80 random bits: unguessable, still short enough to type from paper.
      code: encodeBase32LowerCaseNoPadding(randomBytes(10)),
      userId,
      courseId,
      cohortId,
      holderName: user?.name ?? "",
    })
    .onConflictDoNothing()
    .returning()
    .get();
  return certificate ? { certificate, created: true } : { certificate: certificateOf(userId, courseId)!, created: false };
}

export function certificateOf(userId: number, courseId: string): Certificate | null {
  return (
    getConnection()
      .db.select()
      .from(certificates)
      .where(and(eq(certificates.userId, userId), eq(certificates.courseId, courseId)))
      .get() ?? null
  );
}

export function findCertificate(code: string): Certificate | null {
  return getConnection().db.select().from(certificates).where(eq(certificates.code, code)).get() ?? null;
}
