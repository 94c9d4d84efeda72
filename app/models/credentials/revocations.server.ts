import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificateRevocations } from "#db/schema";

export type Revocation = typeof certificateRevocations.$inferSelect;

export function revocationOf(certificateId: number): Revocation | null {
  return getConnection().db.select().from(certificateRevocations).where(eq(certificateRevocations.certificateId, certificateId)).get() ?? null;
}

/**
 * Revokes a certificate for good, keeping who did it, when and why. The status
 * list sets its bit from this row, so the credential fails every later check.
 * Revoking twice keeps the first record.
 */
export function revokeCertificate(certificateId: number, revokedBy: number, reason: string): Revocation {
  const { db } = getConnection();
  db.insert(certificateRevocations).values({ certificateId, revokedBy, reason: reason.trim() }).onConflictDoNothing().run();
  return revocationOf(certificateId)!;
}
