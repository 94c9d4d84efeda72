import type { AppLoadContext } from "@remix-run/node";
import { createLoadContext } from "~/http/context";
import { issueCertificate } from "~/models/certificates.server";
import { createCohort, joinCohort } from "~/models/cohorts.server";
import { saveMentorProfile } from "~/models/mentoring/profiles.server";
import { endMentorship, proposeMentor, respondToProposal } from "~/models/mentoring/proposals.server";
import { createCommission } from "~/models/partners/commissions.server";
import { createOrganisation, joinOrganisation } from "~/models/partners/organisations.server";
import { consentAndJoin, sponsorshipsOfUser, withdrawConsent } from "~/models/partners/sponsorships.server";
import { createUser, type Role, type User } from "~/models/users.server";

// One small instance, built through the real models on the test file's own
// SQLite database: two teams, their people, a mentor, two firms.

let n = 0;
async function person(name: string, roles: Role[] = []): Promise<User> {
  n++;
  return createUser({ name, email: `policy-${n}-${Date.now()}@example.org`, password: "long enough password", locale: "uk", roles });
}

async function senior(name: string): Promise<User> {
  const user = await person(name);
  issueCertificate(user.id, "rpa-foundations", null);
  saveMentorProfile(user.id, { languages: ["uk"], slots: ["weekend"], capacity: 3, listed: false, status: "active" });
  return user;
}

export async function buildWorld() {
  const trainer = await person("Trainer", ["trainer"]);
  const admin = await person("Admin", ["admin"]);
  const cohortA = createCohort({ courseId: "rpa-foundations", name: "Team A", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
  const cohortB = createCohort({ courseId: "rpa-foundations", name: "Team B", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
  const member = await person("Member");
  const teammate = await person("Teammate");
  const otherTeam = await person("Other team");
  const sponsored = await person("Sponsored");
  const withdrawn = await person("Withdrawn");
  for (const u of [member, teammate, sponsored, withdrawn]) joinCohort(cohortA.id, u.id);
  joinCohort(cohortB.id, otherTeam.id);

  const mentor = await senior("Mentor");
  const proposed = await senior("Proposed mentor");
  const former = await senior("Former mentor");
  const accept = (who: User, cohortId: number) => {
    const p = proposeMentor(cohortId, who.id, trainer.id);
    if (!p.ok) throw new Error("could not propose");
    respondToProposal(p.mentorship.id, who.id, true);
    return p.mentorship;
  };
  const formerMentorship = accept(former, cohortA.id);
  endMentorship(formerMentorship.id);
  const mentorship = accept(mentor, cohortA.id);
  if (!proposeMentor(cohortA.id, proposed.id, trainer.id).ok) throw new Error("could not propose");

  const orgA = createOrganisation("Firm A", trainer.id);
  const orgB = createOrganisation("Firm B", trainer.id);
  const manager = await person("Manager A", ["partner"]);
  const otherManager = await person("Manager B", ["partner"]);
  joinOrganisation(orgA.id, manager.id);
  joinOrganisation(orgB.id, otherManager.id);
  const commission = createCommission({ organisationId: orgA.id, courseId: "rpa-foundations", seats: 5, startsOn: "2026-01-01", endsOn: "2099-12-31", languages: ["uk"], createdBy: trainer.id });
  const answers = { languages: ["uk" as const], slots: ["weekend" as const], timeZone: "Asia/Tokyo" };
  for (const u of [sponsored, withdrawn]) if (!consentAndJoin(commission.id, u.id, answers).ok) throw new Error("no seat");
  withdrawConsent(sponsorshipsOfUser(withdrawn.id)[0]!.sponsorship.id, withdrawn.id);

  return { trainer, admin, member, teammate, otherTeam, sponsored, withdrawn, mentor, proposed, former, manager, otherManager, cohortA, cohortB, orgA, orgB, commission, mentorship };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A request context as server.ts makes it, with the viewer already resolved (as after getViewer). */
export function contextFor(user: User | null): AppLoadContext {
  const context = createLoadContext({ cspNonce: "test", clientIp: "127.0.0.1", isDataRequest: false });
  context.viewer = user ? { user, sessionId: "test-session" } : null;
  return context;
}

export const request = (path: string) => new Request(`http://kumi.test${path}`);

/** Runs a require* policy and returns what it threw: a status and, for redirects, where to. */
export function thrown(run: () => unknown): { status: number; location: string | null } | "returned" {
  try {
    run();
    return "returned";
  } catch (error) {
    if (error instanceof Response) return { status: error.status, location: error.headers.get("Location") };
    throw error;
  }
}
