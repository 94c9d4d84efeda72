import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificateCredentials, users } from "#db/schema";
import { formatHours } from "~/curriculum/course-hours";
import { getCourse } from "~/curriculum/index.server";
import type { Locale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import type { Certificate } from "~/models/certificates.server";
import { OB3_CONTEXT, VC_V2_CONTEXT } from "./contexts.server";
import { issuerDid, issuerOrigin } from "./did.server";
import { signCredential } from "./signing.server";
import { statusEntry } from "./status-list.server";

// A certificate's Open Badges 3.0 credential (an OpenBadgeCredential, VC data
// model 2.0). Signed once, stored as signed and served as stored: a second
// signature would give the learner a different file for the same certificate.

/** The learner's language first, then English: one string, as OB3 wallets expect. */
function bilingual(texts: Record<Locale, string>, locale: Locale, separator: string): string {
  return locale === "en" || texts[locale] === texts.en ? texts.en : `${texts[locale]}${separator}${texts.en}`;
}

/** OB3's hashed identity: sha256 of the e-mail plus a salt kept in the credential, so the holder can prove it and nobody can read it. */
function hashedEmail(email: string) {
  const salt = randomBytes(16).toString("hex");
  const hash = createHash("sha256").update(email.trim().toLowerCase() + salt).digest("hex");
  return { type: ["IdentityObject"], identityHash: `sha256$${hash}`, identityType: "emailAddress", hashed: true, salt };
}

function xsdDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, "Z");
}

export function unsignedOpenBadge(certificate: Certificate): Record<string, unknown> {
  const user = getConnection().db.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, certificate.userId)).get();
  const locale: Locale = user?.locale ?? "en";
  const course = getCourse(certificate.courseId);
  const origin = issuerOrigin();
  const criteria = (l: Locale) =>
    serverT(l)("team:openBadge.criteria", { modules: course?.modules.length ?? 0, hours: formatHours(course?.hours ?? 0) });
  const title = course ? bilingual(course.title, locale, " / ") : certificate.courseId;
  const identifiers: object[] = [{ type: ["IdentityObject"], identityHash: certificate.holderName, identityType: "name", hashed: false }];
  if (user) identifiers.push(hashedEmail(user.email));
  return {
    "@context": [VC_V2_CONTEXT, OB3_CONTEXT],
    id: `${origin}/certificates/${certificate.code}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: title,
    issuer: { id: issuerDid(), type: ["Profile"], name: "kumi", url: origin },
    validFrom: xsdDateTime(certificate.issuedAt),
    credentialSubject: {
      type: ["AchievementSubject"],
      name: certificate.holderName,
      identifier: identifiers,
      achievement: {
        id: `${origin}/courses/${certificate.courseId}`,
        type: ["Achievement"],
        achievementType: "Course",
        name: title,
        description: course ? bilingual(course.summary, locale, "\n\n") : "",
        criteria: { narrative: bilingual({ en: criteria("en"), uk: criteria("uk"), ja: criteria("ja") }, locale, "\n\n") },
        // The skills a course covers are its modules.
        tag: course?.modules.map((m) => bilingual(m.title, locale, " / ")) ?? [],
        inLanguage: locale,
      },
    },
    credentialStatus: statusEntry(certificate.id),
  };
}

/** The certificate's signed credential, issued on first request (existing certificates included). */
export async function openBadgeFor(certificate: Certificate): Promise<Record<string, unknown>> {
  const { db } = getConnection();
  const stored = db.select().from(certificateCredentials).where(eq(certificateCredentials.certificateId, certificate.id)).get();
  if (stored) return stored.credential;
  const credential = await signCredential(unsignedOpenBadge(certificate));
  // Two first requests at once both sign; the first insert wins and both serve it.
  db.insert(certificateCredentials).values({ certificateId: certificate.id, credential }).onConflictDoNothing().run();
  return db.select().from(certificateCredentials).where(eq(certificateCredentials.certificateId, certificate.id)).get()!.credential;
}
