import { and, eq, isNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificateRevocations, certificates, mentorProfiles } from "#db/schema";
import type { workOrders } from "#db/schema-work";
import { isLocale, type Locale } from "~/i18n/config";

// Who counts as a graduate for the work board, and which orders fit her
// (docs/decisions/019-work-board.md).

/** Courses of the person's certificates that stand (a revoked one does not count). */
export function certifiedCourses(userId: number): string[] {
  return getConnection()
    .db.select({ courseId: certificates.courseId })
    .from(certificates)
    .leftJoin(certificateRevocations, eq(certificateRevocations.certificateId, certificates.id))
    .where(and(eq(certificates.userId, userId), isNull(certificateRevocations.certificateId)))
    .all()
    .map((r) => r.courseId);
}

export function isGraduate(userId: number): boolean {
  return certifiedCourses(userId).length > 0;
}

/** The languages a graduate works in: her interface language and, if she mentors, the languages on her mentor profile. */
export function spokenLanguages(user: { id: number; locale: Locale }): Locale[] {
  const profile = getConnection().db.select({ languages: mentorProfiles.languages }).from(mentorProfiles).where(eq(mentorProfiles.userId, user.id)).get();
  return [...new Set([user.locale, ...(profile?.languages ?? []).filter(isLocale)])];
}

type OrderFit = Pick<typeof workOrders.$inferSelect, "requiredCourses" | "languages">;

/** A senior for this order: holds a certificate of a required course. */
export function holdsRequiredCertificate(order: OrderFit, courses: string[]): boolean {
  return order.requiredCourses.some((c) => courses.includes(c));
}

/** The order fits her: a required certificate, and one of its working languages. */
export function orderFits(order: OrderFit, user: { id: number; locale: Locale }, courses = certifiedCourses(user.id)): boolean {
  if (!holdsRequiredCertificate(order, courses)) return false;
  const spoken = spokenLanguages(user);
  return order.languages.some((l) => spoken.includes(l));
}
