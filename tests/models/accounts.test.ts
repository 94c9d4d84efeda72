import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { maySignIn } from "~/models/accounts/account-status.server";
import { passwordMatches, storePassword } from "~/models/accounts/credentials.server";
import { createEmailToken } from "~/models/accounts/email-tokens.server";
import { resetPassword } from "~/models/accounts/password-reset.server";
import { exportAccountData } from "~/models/accounts/data-export.server";
import { deleteAccount } from "~/models/accounts/deletion.server";
import { landingPath } from "~/models/accounts/landing.server";
import { disableAccount, enableAccount, setRoles } from "~/models/admin/account-actions.server";
import { listAudit } from "~/models/admin/audit-log.server";
import { issueCertificate } from "~/models/certificates.server";
import { createCohort, joinCohort, setCohortState } from "~/models/cohorts.server";
import { respondToProposal } from "~/models/mentoring/proposals.server";
import { createOrganisation, joinOrganisation } from "~/models/partners/organisations.server";
import { completeLesson } from "~/models/progress.server";
import { createSession, generateSessionToken, validateSessionToken } from "~/models/sessions.server";
import { teamBoard } from "~/models/team-board.server";
import { askForHelp, checkIn } from "~/models/team-life.server";
import { createUser, getUserById, verifyLogin, type Role } from "~/models/users.server";

// Accounts end to end in the models: deleting one, taking one's data, an
// admin disabling one, the audit log, and where each kind of person lands.
// (Each person costs an argon2 hash, hence the long time-outs on a busy machine.)

let n = 0;
const PASSWORD = "a long enough password";
const person = (roles: Role[] = ["learner"], name = `Person ${++n}`) =>
  createUser({ name, email: `accounts-${++n}@example.org`, password: PASSWORD, locale: "en", roles, emailVerified: true });
const course = "rpa-foundations";
const team = (state: "forming" | "active" = "active") =>
  createCohort({ courseId: course, name: `Team ${++n}`, locale: "en", meetingSlot: "weekend", startDate: "2026-11-02", state });
const signedIn = (userId: number) => {
  const token = generateSessionToken();
  createSession(token, userId);
  return token;
};

describe("deleting an account", () => {
  it("erases the person, keeps their progress in the team's totals, shows a former member and refuses sign-in", async () => {
    const [olena, taras] = [await person(["learner"], "Olena Kovalenko"), await person(["learner"], "Taras")];
    const cohort = team();
    expect(joinCohort(cohort.id, olena.id).ok).toBe(true);
    expect(joinCohort(cohort.id, taras.id).ok).toBe(true);
    completeLesson(olena.id, course, "rpa-what-rpa-is");
    completeLesson(taras.id, course, "rpa-what-rpa-is");
    checkIn(cohort.id, olena.id, { did: "Olena's private week", blockers: "Olena's blocker", editing: null });
    askForHelp(cohort.id, olena.id, "Olena's question", null);
    const token = signedIn(olena.id);
    const before = teamBoard(cohort.id, taras.id, "en")!;
    const completedBefore = before.members.reduce((sum, m) => sum + m.completed, 0);

    expect(deleteAccount(olena.id, { keepCertificatePage: false })).toBe(true);

    const after = teamBoard(cohort.id, taras.id, "en")!;
    const former = after.members.find((m) => m.id === olena.id)!;
    expect(former).toMatchObject({ name: "", former: true });
    expect(after.members.find((m) => m.id === taras.id)).toMatchObject({ name: "Taras", former: false });
    expect(after.members.reduce((sum, m) => sum + m.completed, 0)).toBe(completedBefore);
    expect(after.members).toHaveLength(2);

    // Sign-in is refused every way: old address, password, status, session.
    expect(await verifyLogin(olena.email, PASSWORD)).toBeNull();
    expect(await passwordMatches(olena.id, PASSWORD)).toBe(false);
    expect(maySignIn(olena.id)).toBe(false);
    expect(validateSessionToken(token)).toBeNull();
    expect(getUserById(olena.id)!.roles).toEqual([]);

    // Nothing she wrote or was called is left anywhere in the database.
    const { sqlite } = getConnection();
    const dump = JSON.stringify(
      ["users", "check_ins", "help_requests", "help_replies", "notifications", "exercise_submissions"].map((table) => sqlite.prepare(`select * from ${table}`).all()),
    );
    for (const trace of ["Olena", olena.email, "private week", "blocker", "question"]) expect(dump).not.toContain(trace);
    expect(deleteAccount(olena.id, { keepCertificatePage: false })).toBe(false);
  }, 120_000);

  it("keeps the certificate's public page only when the person chose to", async () => {
    const [keeper, remover] = [await person(), await person()];
    const kept = issueCertificate(keeper.id, course, null).certificate;
    const removed = issueCertificate(remover.id, course, null).certificate;
    deleteAccount(keeper.id, { keepCertificatePage: true });
    deleteAccount(remover.id, { keepCertificatePage: false });
    const { sqlite } = getConnection();
    const codes = (sqlite.prepare("select code from certificates where user_id in (?, ?)").all(keeper.id, remover.id) as { code: string }[]).map((r) => r.code);
    expect(codes).toEqual([kept.code]);
    expect(codes).not.toContain(removed.code);
  }, 120_000);
});

describe("download my data", () => {
  it("holds every part, with readable keys, and never the password hash", async () => {
    const learner = await person(["learner"], "Mariia");
    const cohort = team();
    joinCohort(cohort.id, learner.id);
    completeLesson(learner.id, course, "rpa-what-rpa-is");
    checkIn(cohort.id, learner.id, { did: "Read the first lesson", blockers: "", editing: null });
    askForHelp(cohort.id, learner.id, "How do I start?", null);
    signedIn(learner.id);
    const data = exportAccountData(learner.id)!;
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        "profile",
        "roles",
        "teams",
        "lessonProgress",
        "quizAttempts",
        "exerciseSubmissions",
        "weeklyCheckIns",
        "helpRequests",
        "helpReplies",
        "notifications",
        "notificationChoices",
        "mentoring",
        "certificates",
        "sponsorships",
        "emailsToMe",
        "adminActionsOnMyAccount",
      ]),
    );
    expect(data.profile).toMatchObject({ name: "Mariia", email: learner.email, language: "en" });
    expect(data.teams[0]).toMatchObject({ team: cohort.name, courseId: course });
    expect(data.lessonProgress.map((p) => p.lessonId)).toContain("rpa-what-rpa-is");
    expect(data.weeklyCheckIns[0]).toMatchObject({ whatIDid: "Read the first lesson" });
    expect(data.helpRequests[0]).toMatchObject({ question: "How do I start?" });
    expect(data.signedInDevices).toHaveLength(1);

    const text = JSON.stringify(data);
    const { password_hash } = getConnection().sqlite.prepare("select password_hash from users where id = ?").get(learner.id) as { password_hash: string };
    expect(text).not.toContain(password_hash);
    expect(text).not.toMatch(/argon2|passwordHash|password_hash/i);
  }, 120_000);
});

describe("an admin disables and re-enables an account", () => {
  it("ends the sessions, refuses sign-in, lets it in again, and writes each step to the audit log", async () => {
    const [admin, learner] = [await person(["admin"], "Admin Aiko"), await person(["learner"], "Learner Lev")];
    const token = signedIn(learner.id);

    expect(disableAccount(admin.id, learner.id)).toEqual({ ok: true });
    expect(validateSessionToken(token)).toBeNull();
    expect(maySignIn(learner.id)).toBe(false);
    // A second disable changes nothing and logs nothing.
    expect(disableAccount(admin.id, learner.id)).toEqual({ ok: false, reason: "unchanged" });

    expect(enableAccount(admin.id, learner.id)).toEqual({ ok: true });
    expect(maySignIn(learner.id)).toBe(true);

    expect(setRoles(admin.id, learner.id, ["learner", "trainer"])).toEqual({ ok: true });
    expect(getUserById(learner.id)!.roles.sort()).toEqual(["learner", "trainer"]);

    const log = listAudit({ targetUserId: learner.id });
    expect(log.map((e) => e.action)).toEqual(["roles_changed", "enabled", "disabled"]);
    expect(log[0]).toMatchObject({ actorId: admin.id, actorName: "Admin Aiko", targetName: "Learner Lev", detail: { before: ["learner"], after: ["learner", "trainer"] } });
    for (const e of log) expect(e.createdAt).toBeInstanceOf(Date);
  }, 120_000);

  it("refuses an admin's change to their own account, and logs nothing", async () => {
    const admin = await person(["admin"]);
    expect(disableAccount(admin.id, admin.id)).toEqual({ ok: false, reason: "self" });
    expect(setRoles(admin.id, admin.id, ["learner"])).toEqual({ ok: false, reason: "self" });
    expect(maySignIn(admin.id)).toBe(true);
    expect(listAudit({ targetUserId: admin.id })).toEqual([]);
  }, 120_000);
});

describe("where people land after signing in", () => {
  it("follows the documented order: admin, trainer, partner manager, active mentor, learner in a team, else the catalogue", async () => {
    const nobody = await person();
    expect(landingPath(nobody)).toBe("/courses");

    const learner = await person();
    const forming = team("forming");
    joinCohort(forming.id, learner.id);
    expect(landingPath(learner)).toBe("/learn");
    setCohortState(forming.id, "finished");
    expect(landingPath(learner)).toBe("/courses");

    const trainer = await person(["trainer"]);
    // A senior who mentors a team and also studies in another one: mentoring wins.
    const mentor = await person(["learner"]);
    joinCohort(team().id, mentor.id);
    const mentorship = getConnection().sqlite.prepare("insert into mentorships (cohort_id, mentor_id, state) values (?, ?, 'proposed') returning id").get(team().id, mentor.id) as { id: number };
    expect(landingPath(mentor)).toBe("/learn");
    expect(respondToProposal(mentorship.id, mentor.id, true)).toEqual({ ok: true });
    expect(landingPath(mentor)).toBe("/mentor");

    const manager = await person(["partner", "learner"]);
    const firm = createOrganisation("Firm L", trainer.id);
    joinOrganisation(firm.id, manager.id);
    joinCohort(team().id, manager.id);
    expect(landingPath(getUserById(manager.id)!)).toBe(`/partner/organisations/${firm.id}`);
    joinOrganisation(createOrganisation("Firm M", trainer.id).id, manager.id);
    expect(landingPath(getUserById(manager.id)!)).toBe("/partner");

    expect(landingPath(trainer)).toBe("/trainer/cohorts");
    const both = await person(["trainer", "admin", "partner"]);
    expect(landingPath(both)).toBe("/admin");
  }, 120_000);
});

describe("a changed password", () => {
  const noticesTo = (userId: number) =>
    getConnection().sqlite.prepare("select subject, locale from mail_outbox where user_id = ? and kind = 'password_changed'").all(userId) as { subject: string; locale: string }[];

  it("is told to the account's address in its language, after a change and after a reset", async () => {
    const learner = await createUser({ name: "Oksana", email: `accounts-${++n}@example.org`, password: PASSWORD, locale: "uk", emailVerified: true });
    expect(noticesTo(learner.id)).toEqual([]);
    await storePassword(learner.id, "another long password");
    expect(noticesTo(learner.id)).toEqual([{ subject: "Пароль до kumi змінено", locale: "uk" }]);

    const token = createEmailToken(learner.id, "reset_password", learner.email);
    const reset = await resetPassword(token, "a third long password");
    expect(reset.ok).toBe(true);
    expect(noticesTo(learner.id)).toHaveLength(2);
    // A refused reset (the link is used up) tells nobody anything.
    expect((await resetPassword(token, "a fourth long password")).ok).toBe(false);
    expect(noticesTo(learner.id)).toHaveLength(2);
  });
});
