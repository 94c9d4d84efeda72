import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificateRevocations, certificates } from "#db/schema";
import { recordAudit } from "~/models/admin/audit-log.server";

export type Revocation = typeof certificateRevocations.$inferSelect;

export function revocationOf(certificateId: number): Revocation | null {
  return getConnection().db.select().from(certificateRevocations).where(eq(certificateRevocations.certificateId, certificateId)).get() ?? null;
}

/**
 * Revokes a certificate for good, keeping who did it, when and why (also in
 * the admins' audit log). The status
 * list sets its bit from this row, so the credential fails every later check.
 * Revoking twice keeps the first record.
 */
export function revokeCertificate(certificateId: number, revokedBy: number, reason: string): Revocation {
  const { db } = getConnection();
  db.transaction((tx) => {
    const inserted = tx.insert(certificateRevocations).values({ certificateId, revokedBy, reason: reason.trim() }).onConflictDoNothing().run();
    if (!inserted.changes) return;
    const certificate = tx.select({ userId: certificates.userId, code: certificates.code }).from(certificates).where(eq(certificates.id, certificateId)).get();
    if (certificate) {
      recordAudit({ actorId: revokedBy, action: "certificate_revoked", targetUserId: certificate.userId, detail: { certificate: certificate.code, reason: reason.trim() } });
    }
  });
  return revocationOf(certificateId)!;
}
