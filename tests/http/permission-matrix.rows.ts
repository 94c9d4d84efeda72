// The permission matrix of docs/architecture.md ("Who may see what"), written out
// per route of app/routes.ts: for each route, who may GET it and who may use each
// intent of its action. tests/http/permission-matrix.test.ts walks app/routes.ts
// and fails for a route (or an action intent) without rows here.

export const ROLES = [
  "signedOut",
  "learner", // a learner of team A, sponsored by firm 1
  "otherLearner", // a learner of team B
  "waiting", // a learner waiting for a team
  "mentor", // the active mentor of team A
  "otherMentor", // the active mentor of team B
  "trainer",
  "partner", // a manager of firm 1
  "otherPartner", // a manager of firm 2
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * ok: 2xx, 3xx (not to sign-in), or for an action a form's 400 or a rule's 409 (the
 * policy let the role in); no: 404; login: a redirect to /login.
 */
export type Outcome = "ok" | "no" | "login";

/** What the test seeds; rows read ids from it. */
export interface World {
  cohortA: number;
  inviteA: string;
  inviteC: string;
  submissionA: number;
  helpA: number;
  sessionA: number;
  teammateA: number;
  certificate: string;
  org1: number;
  org2ManagerCode: string;
  commission1Code: string;
  sponsorshipOfLearner: number;
  proposalForOtherMentor: number;
  mentorshipB: number;
  outcomeAsk: number;
  portfolioHandle: string;
  /** Firm 1's open order (rpa-foundations, in Ukrainian): both mentors hold the certificate and speak Ukrainian. */
  workOpen: number;
  /** Firm 1's order in progress; team B's mentor is its worker. */
  workActive: number;
  /** A file team B's mentor handed in on that order. */
  workFile: number;
}

export interface Row {
  path: (w: World) => string;
  /** Where the action is posted, when not to path. */
  postPath?: (w: World) => string;
  get: Record<Role, Outcome>;
  /** One entry per action intent ("" for an action without intents); bodies are valid unless noted. */
  post?: Record<string, { body: (w: World) => Record<string, string>; expected: Record<Role, Outcome> }>;
}

function who(base: Outcome, overrides: Partial<Record<Role, Outcome>> = {}): Record<Role, Outcome> {
  return { ...(Object.fromEntries(ROLES.map((r) => [r, base])) as Record<Role, Outcome>), ...overrides };
}
/** Public: anyone. */
const EVERYONE = who("ok");
/** Any signed-in person; a signed-out visitor is sent to sign in. */
const SIGNED_IN = who("ok", { signedOut: "login" });
/** Trainers and admins only. */
const STAFF = who("no", { signedOut: "login", trainer: "ok", admin: "ok" });
/** Team A's space (help requests, check-ins, progress): its learners, its mentor, trainers, admins. */
const TEAM_A = who("no", { signedOut: "login", learner: "ok", mentor: "ok", trainer: "ok", admin: "ok" });
/** What team A's own learners do (check-ins, asking for help, nudges, feedback). */
const LEARNERS_OF_A = who("no", { signedOut: "login", learner: "ok" });
/** Learners in a team for the course (progress is kept for them only). */
const COURSE_LEARNERS = who("no", { signedOut: "login", learner: "ok", otherLearner: "ok" });
/** Team A's mentor, trainers and admins: session notes (their author is that mentor), closing others' help requests. */
const MENTOR_OF_A_AND_STAFF = who("no", { signedOut: "login", mentor: "ok", trainer: "ok", admin: "ok" });
/** Firm 1's report: its managers, trainers, admins. */
const FIRM_1 = who("no", { signedOut: "login", partner: "ok", trainer: "ok", admin: "ok" });
const NOBODY = who("no");
/** Firm 1 as a funder: its members and admins. */
const FUNDER_1 = who("no", { signedOut: "login", partner: "ok", admin: "ok" });
/** What only team A's mentor owns (her outcome ask). */
const MENTOR_OWN = who("no", { signedOut: "login", mentor: "ok" });
/** Team A's learner's portfolio with nothing public. */
const PORTFOLIO_OWNER = who("no", { learner: "ok" });
/** Admin pages: admins only, a 404 for everyone else. */
const ADMIN = who("no", { signedOut: "login", admin: "ok" });
/** Managers of a firm: they post work orders. */
const FIRM_MANAGERS = who("no", { signedOut: "login", partner: "ok", otherPartner: "ok" });
/** An open order of firm 1: its managers, and the graduates it fits (the two mentors). */
const OPEN_ORDER = who("no", { signedOut: "login", partner: "ok", mentor: "ok", otherMentor: "ok" });
/** The workspace of firm 1's order in progress: its managers and its worker. */
const WORKSPACE = who("no", { signedOut: "login", partner: "ok", otherMentor: "ok" });
const WORKER = who("no", { signedOut: "login", otherMentor: "ok" });
const FIRM_1_ONLY = who("no", { signedOut: "login", partner: "ok" });

const COURSE = "rpa-foundations";

/** Keyed by the route module's file, as app/routes.ts names it. */
export const ROWS: Record<string, Row> = {
  "routes/home.tsx": { path: () => "/", get: EVERYONE },
  "routes/signup.tsx": { path: () => "/signup", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  "routes/login.tsx": { path: () => "/login", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  "routes/logout.tsx": { path: () => "/logout", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  // Links from e-mails: the token or signature is the proof, so anyone may open them.
  "routes/verify-email.tsx": {
    path: () => "/verify-email?token=not-a-token",
    get: EVERYONE,
    // "Send the link again" from the banner: one's own account.
    post: { resend: { body: () => ({ intent: "resend" }), expected: SIGNED_IN } },
  },
  "routes/forgot-password.tsx": { path: () => "/forgot-password", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  "routes/reset-password.tsx": { path: () => "/reset-password?token=not-a-token", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  "routes/unsubscribe.tsx": { path: () => "/unsubscribe?u=1&k=nudge&s=forged", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  // GET sends to the page above; a POST with a forged signature is a 400 for anyone.
  "routes/unsubscribe-one-click.ts": { path: () => "/unsubscribe/one-click?u=1&k=nudge&s=forged", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  "routes/language.tsx": { path: () => "/language", get: EVERYONE, post: { "": { body: () => ({ locale: "en" }), expected: EVERYONE } } },
  "routes/healthz.ts": { path: () => "/healthz", get: EVERYONE },
  "routes/offline.tsx": { path: () => "/offline", get: EVERYONE },
  "routes/web-manifest.ts": { path: () => "/manifest.webmanifest", get: EVERYONE },
  // Public, but only files the content refers to: an unknown one is a 404 for all.
  "routes/media.ts": { path: () => "/media/0000000000000000.svg", get: NOBODY },
  "routes/courses.tsx": { path: () => "/courses", get: EVERYONE },
  "routes/course-outline.tsx": { path: () => `/courses/${COURSE}`, get: EVERYONE },
  "routes/lesson.tsx": {
    path: () => `/courses/${COURSE}/lessons/rpa-what-rpa-is`,
    get: SIGNED_IN,
    post: {
      complete: { body: () => ({ intent: "complete" }), expected: COURSE_LEARNERS },
      // Undoing one's own "mark complete".
      uncomplete: { body: () => ({ intent: "uncomplete" }), expected: COURSE_LEARNERS },
      quiz: { body: () => ({ intent: "quiz" }), expected: COURSE_LEARNERS },
      exercise: { body: () => ({ intent: "exercise" }), expected: COURSE_LEARNERS },
      // Not confirmed: a 400 for the team's learners, and nobody's progress changes.
      team: { body: () => ({ intent: "team" }), expected: COURSE_LEARNERS },
    },
  },
  "routes/learn.tsx": {
    path: () => "/learn",
    get: SIGNED_IN,
    // Only the sponsored learner withdraws her own consent.
    post: {
      withdraw: { body: (w) => ({ intent: "withdraw", sponsorshipId: String(w.sponsorshipOfLearner) }), expected: LEARNERS_OF_A },
      // And only she gives it again.
      consent: { body: (w) => ({ intent: "consent", sponsorshipId: String(w.sponsorshipOfLearner) }), expected: LEARNERS_OF_A },
    },
  },
  "routes/notifications.tsx": { path: () => "/notifications", get: SIGNED_IN, post: { read: { body: () => ({ intent: "read" }), expected: SIGNED_IN } } },
  // Only ever the viewer's own account. Bodies that fail validation (a 400) change nothing;
  // signing out everywhere runs last of all, just before /logout.
  "routes/account.tsx": {
    path: () => "/account",
    get: SIGNED_IN,
    post: {
      profile: { body: () => ({ intent: "profile", name: "", locale: "xx", timeZone: "Nowhere/Else" }), expected: SIGNED_IN },
      availability: { body: () => ({ intent: "availability", slots: "never" }), expected: SIGNED_IN },
      email: { body: () => ({ intent: "email", email: "not an address" }), expected: SIGNED_IN },
      password: { body: () => ({ intent: "password" }), expected: SIGNED_IN },
      notifications: { body: () => ({ intent: "notifications", nudge: "sometimes" }), expected: SIGNED_IN },
      delete: { body: () => ({ intent: "delete" }), expected: SIGNED_IN },
      signOutEverywhere: { body: () => ({ intent: "signOutEverywhere" }), expected: SIGNED_IN },
    },
  },
  "routes/account-data.ts": { path: () => "/account/data", get: SIGNED_IN },
  "routes/course-join.tsx": {
    path: () => `/courses/${COURSE}/join`,
    get: SIGNED_IN,
    post: {
      request: { body: () => ({ intent: "request" }), expected: SIGNED_IN },
      withdraw: { body: () => ({ intent: "withdraw" }), expected: SIGNED_IN },
    },
  },
  // An invite link is public; joining needs an account (team C, so team A stays as it is).
  "routes/invite.tsx": { path: (w) => `/join/${w.inviteA}`, postPath: (w) => `/join/${w.inviteC}`, get: EVERYONE, post: { "": { body: () => ({}), expected: SIGNED_IN } } },
  "routes/team-board.tsx": {
    path: (w) => `/cohorts/${w.cohortA}`,
    get: TEAM_A,
    post: {
      checkin: { body: () => ({ intent: "checkin", did: "Read a lesson" }), expected: LEARNERS_OF_A },
      help: { body: () => ({ intent: "help", body: "How do loops work?" }), expected: LEARNERS_OF_A },
      reply: { body: (w) => ({ intent: "reply", requestId: String(w.helpA), body: "Like this" }), expected: TEAM_A },
      // Closed by whoever asked (the teammate), the team's mentor or staff, not by other learners.
      resolve: { body: (w) => ({ intent: "resolve", requestId: String(w.helpA) }), expected: MENTOR_OF_A_AND_STAFF },
      nudge: { body: (w) => ({ intent: "nudge", to: String(w.teammateA) }), expected: LEARNERS_OF_A },
      feedback: { body: (w) => ({ intent: "feedback", sessionId: String(w.sessionA), rating: "5" }), expected: LEARNERS_OF_A },
    },
  },
  "routes/submission.tsx": {
    path: (w) => `/cohorts/${w.cohortA}/submissions/${w.submissionA}`,
    get: TEAM_A,
    post: { "": { body: () => ({ decision: "changes", comment: "Add the last step" }), expected: TEAM_A } },
  },
  "routes/certificate.tsx": {
    path: (w) => `/certificates/${w.certificate}`,
    get: EVERYONE,
    // Admins only; an empty reason (a 400 for an admin) leaves the certificate unrevoked for the other rows.
    post: { revoke: { body: () => ({ intent: "revoke", reason: "" }), expected: who("no", { signedOut: "login", admin: "ok" }) } },
  },
  "routes/certificate-credential.ts": { path: (w) => `/certificates/${w.certificate}/credential.json`, get: EVERYONE },
  "routes/certificate-qr.ts": { path: (w) => `/certificates/${w.certificate}/qr.svg`, get: EVERYONE },
  "routes/credential-status-list.ts": { path: () => "/credentials/status/1", get: EVERYONE },
  "routes/did-document.ts": { path: () => "/.well-known/did.json", get: EVERYONE },
  // A team's name and meeting: its mentor and staff. Empty forms: a 400 for them, nothing changes.
  "routes/team-settings.tsx": {
    path: (w) => `/cohorts/${w.cohortA}/settings`,
    get: MENTOR_OF_A_AND_STAFF,
    post: {
      rename: { body: () => ({ intent: "rename", name: "" }), expected: MENTOR_OF_A_AND_STAFF },
      meeting: { body: () => ({ intent: "meeting", weekday: "9" }), expected: MENTOR_OF_A_AND_STAFF },
      clearMeeting: { body: () => ({ intent: "clearMeeting" }), expected: MENTOR_OF_A_AND_STAFF },
    },
  },
  "routes/team-meeting-ics.ts": { path: (w) => `/cohorts/${w.cohortA}/meeting.ics`, get: TEAM_A },
  // Everyone manages their own feed only.
  "routes/account-calendar.tsx": {
    path: () => "/account/calendar",
    get: SIGNED_IN,
    post: { create: { body: () => ({ intent: "create" }), expected: SIGNED_IN }, revoke: { body: () => ({ intent: "revoke" }), expected: SIGNED_IN } },
  },
  // The secret is the credential (tests/http/calendar-feed.test.ts opens a real one); an unknown one is a 404 for all.
  "routes/calendar-feed.ts": { path: () => "/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics", get: NOBODY },

  "routes/trainer-cohorts.tsx": { path: () => "/trainer/cohorts", get: STAFF, post: { "": { body: () => ({}), expected: STAFF } } },
  "routes/trainer-cohort-forming.tsx": { path: () => `/trainer/cohorts/form/${COURSE}`, get: STAFF, post: { form: { body: () => ({ intent: "form", size: "x" }), expected: STAFF } } },
  "routes/trainer-cohort.tsx": {
    path: (w) => `/trainer/cohorts/${w.cohortA}`,
    get: STAFF,
    post: {
      due: { body: () => ({ intent: "due" }), expected: STAFF },
      invite: { body: () => ({ intent: "invite", email: "not an address" }), expected: STAFF },
      move: { body: () => ({ intent: "move" }), expected: STAFF },
      state: { body: () => ({ intent: "state" }), expected: STAFF },
    },
  },
  "routes/trainer-cohort-mentor.tsx": {
    path: (w) => `/trainer/cohorts/${w.cohortA}/mentor`,
    get: STAFF,
    post: {
      propose: { body: () => ({ intent: "propose" }), expected: STAFF },
      // Not confirmed (and no mentorship named): a 400 for staff.
      end: { body: () => ({ intent: "end" }), expected: STAFF },
      inactive: { body: () => ({ intent: "inactive" }), expected: STAFF },
    },
  },
  "routes/trainer-mentors.tsx": { path: () => "/trainer/mentors", get: STAFF },
  "routes/mentor.tsx": {
    path: () => "/mentor",
    get: SIGNED_IN,
    post: {
      // Seniors only (both mentors hold a certificate).
      profile: {
        body: () => ({ intent: "profile", languages: "uk", slots: "weekend", capacity: "2", status: "active" }),
        expected: who("no", { signedOut: "login", mentor: "ok", otherMentor: "ok" }),
      },
      // Only the senior it was proposed to answers a proposal.
      respond: {
        body: (w) => ({ intent: "respond", mentorshipId: String(w.proposalForOtherMentor), answer: "decline" }),
        expected: who("no", { signedOut: "login", otherMentor: "ok" }),
      },
      // Only its mentor ends a mentorship here (confirmed, so that whose it is decides).
      end: { body: (w) => ({ intent: "end", mentorshipId: String(w.mentorshipB), confirm: "yes" }), expected: who("no", { signedOut: "login", otherMentor: "ok" }) },
    },
  },
  "routes/mentor-notes.tsx": { path: () => "/mentor/notes", get: SIGNED_IN },
  "routes/mentor-sessions.tsx": {
    path: (w) => `/mentor/cohorts/${w.cohortA}/sessions`,
    get: MENTOR_OF_A_AND_STAFF,
    // Only the active mentor writes the log.
    post: { "": { body: () => ({ heldOn: "2026-11-20", minutes: "30", notes: "Matrix" }), expected: who("no", { signedOut: "login", mentor: "ok" }) } },
  },
  "routes/community.tsx": { path: () => "/community", get: SIGNED_IN },
  "routes/trainer-organisations.tsx": { path: () => "/trainer/organisations", get: STAFF, post: { "": { body: () => ({}), expected: STAFF } } },
  "routes/partner-home.tsx": { path: () => "/partner", get: who("no", { signedOut: "login", partner: "ok", otherPartner: "ok" }) },
  // A manager invite is public to read; accepting it needs an account (firm 2's, run last of all).
  "routes/partner-join.tsx": { path: (w) => `/partner/join/${w.org2ManagerCode}`, get: EVERYONE, post: { "": { body: () => ({}), expected: SIGNED_IN } } },
  "routes/partner-organisation.tsx": {
    path: (w) => `/partner/organisations/${w.org1}`,
    get: FIRM_1,
    post: {
      commission: { body: () => ({ intent: "commission" }), expected: FIRM_1 },
      // Not confirmed: a 400 for the firm's managers and staff, and the link stays.
      revoke: { body: () => ({ intent: "revoke" }), expected: FIRM_1 },
      // Firm 1's own manager link (the join test uses firm 2's).
      rotateInvite: { body: () => ({ intent: "rotateInvite" }), expected: FIRM_1 },
      // Not confirmed: a 400 for whoever may remove managers, and nobody is removed.
      removeManager: { body: () => ({ intent: "removeManager", userId: "0" }), expected: FIRM_1 },
    },
  },
  "routes/partner-report-csv.ts": { path: (w) => `/partner/organisations/${w.org1}/report.csv`, get: FIRM_1 },
  // A sponsored invite is public to read; taking a seat needs an account (an empty form: nobody is enrolled).
  "routes/sponsored-join.tsx": { path: (w) => `/sponsored/${w.commission1Code}`, get: EVERYONE, post: { "": { body: () => ({}), expected: SIGNED_IN } } },
  "routes/trainer-organisation-funder.tsx": {
    path: (w) => `/trainer/organisations/${w.org1}/funder`,
    get: STAFF,
    post: {
      funder: { body: () => ({ intent: "funder", kind: "fund", minHours: "20", withinMonths: "6" }), expected: STAFF },
      // Invalid seats: a 400 for staff, and nothing changes.
      seats: { body: () => ({ intent: "seats", commissionId: "1", seats: "-1" }), expected: STAFF },
    },
  },
  // A funder's report: its own members (firm 1's manager here) and admins; trainers set funders up but do not read outcomes.
  "routes/funder-report.tsx": { path: (w) => `/funders/${w.org1}`, get: FUNDER_1 },
  "routes/funder-report-csv.ts": { path: (w) => `/funders/${w.org1}/report.csv`, get: FUNDER_1 },
  // Only the person asked (team A's mentor holds a certificate); an empty answer is a 400 and answers nothing.
  "routes/outcome-ask.tsx": { path: (w) => `/outcomes/${w.outcomeAsk}`, get: MENTOR_OWN, post: { "": { body: () => ({}), expected: MENTOR_OWN } } },
  // Her own portfolio's settings: anyone signed in edits their own (an invalid handle is a 400).
  "routes/portfolio-edit.tsx": { path: () => "/portfolio", get: SIGNED_IN, post: { "": { body: () => ({ handle: "-" }), expected: SIGNED_IN } } },
  // Nothing public yet: only its owner sees it; for everyone else, signed out included, it does not exist.
  "routes/portfolio.tsx": {
    path: (w) => `/portfolio/${w.portfolioHandle}`,
    get: PORTFOLIO_OWNER,
    post: {
      // Keeps her profile private (it already is).
      visibility: { body: () => ({ intent: "visibility", kind: "profile", ref: "", public: "no" }), expected: PORTFOLIO_OWNER },
      // Nobody may invite from a portfolio they cannot see, nor to their own.
      invite: { body: () => ({ intent: "invite", orderId: "1" }), expected: NOBODY },
    },
  },
  // The board answers everyone signed in; people without a certificate read how to get one.
  "routes/work-board.tsx": { path: () => "/work", get: SIGNED_IN },
  // An empty form: a 400 for managers, nothing is posted.
  "routes/work-new.tsx": { path: () => "/work/new", get: FIRM_MANAGERS, post: { "": { body: () => ({}), expected: FIRM_MANAGERS } } },
  "routes/work-order.tsx": {
    path: (w) => `/work/${w.workOpen}`,
    get: OPEN_ORDER,
    post: {
      // The first time a 303, then a 409 "already applied"; the firm does not apply.
      apply: { body: () => ({ intent: "apply", note: "I can do this" }), expected: who("no", { signedOut: "login", mentor: "ok", otherMentor: "ok" }) },
      // No such application: a 409 for the firm's managers.
      pick: { body: () => ({ intent: "pick", applicationId: "0", confirm: "yes" }), expected: FIRM_1_ONLY },
    },
  },
  "routes/work-workspace.tsx": {
    path: (w) => `/work/${w.workActive}/workspace`,
    get: WORKSPACE,
    post: {
      message: { body: () => ({ intent: "message", body: "Hello" }), expected: WORKSPACE },
      tick: { body: () => ({ intent: "tick", itemId: "0", done: "yes" }), expected: WORKER },
      deliver: { body: () => ({ intent: "deliver", url: "https://example.org/result" }), expected: WORKER },
      review: { body: () => ({ intent: "review", deliverableId: "0", decision: "accept" }), expected: FIRM_1_ONLY },
      hours: { body: () => ({ intent: "hours", workedOn: "2026-11-20", minutes: "30" }), expected: WORKER },
      confirmHours: { body: () => ({ intent: "confirmHours" }), expected: FIRM_1_ONLY },
      payment: { body: () => ({ intent: "payment", paidOn: "2026-11-21", amountYen: "1000" }), expected: FIRM_1_ONLY },
      // Not completed yet: a 409 for both sides.
      rate: { body: () => ({ intent: "rate", stars: "5" }), expected: WORKSPACE },
      askMentor: { body: () => ({ intent: "askMentor", mentorId: "0" }), expected: WORKER },
      // A plain form has no file: a 400 for the worker.
      deliverFile: { body: () => ({ intent: "deliverFile" }), expected: WORKER },
    },
  },
  "routes/work-deliverable.ts": { path: (w) => `/work/${w.workActive}/deliverables/${w.workFile}`, get: WORKSPACE },
  "routes/trainer-content.tsx": { path: () => "/trainer/content", get: STAFF },
  "routes/trainer-course-coverage.tsx": { path: () => `/trainer/content/${COURSE}`, get: STAFF },
  "routes/trainer-lesson-preview.tsx": { path: () => `/trainer/content/${COURSE}/rpa-what-rpa-is/uk`, get: STAFF },
  "routes/admin.tsx": { path: () => "/admin?q=a", get: ADMIN },
  "routes/admin-user.tsx": {
    path: (w) => `/admin/users/${w.teammateA}`,
    get: ADMIN,
    post: {
      // The teammate has the learner role already: a 409 "nothing to change".
      roles: { body: () => ({ intent: "roles", roles: "learner" }), expected: ADMIN },
      disable: { body: () => ({ intent: "disable" }), expected: ADMIN },
      enable: { body: () => ({ intent: "enable" }), expected: ADMIN },
      sendReset: { body: () => ({ intent: "sendReset" }), expected: ADMIN },
      resendVerification: { body: () => ({ intent: "resendVerification" }), expected: ADMIN },
    },
  },
  "routes/admin-audit.tsx": { path: () => "/admin/audit", get: ADMIN },
  "routes/admin-mail.tsx": { path: () => "/admin/mail", get: ADMIN },
  // The first e-mail of the seeded world (a verification link).
  "routes/admin-mail-message.tsx": {
    path: () => "/admin/mail/1",
    get: ADMIN,
    post: { retry: { body: () => ({ intent: "retry" }), expected: ADMIN } },
  },
  "routes/not-found.tsx": { path: () => "/no/such/page", get: NOBODY },
};

/** Actions that change who may do what run last, in this order; everything else runs before them. */
export const RUN_LAST = ["routes/invite.tsx", "routes/mentor.tsx", "routes/partner-join.tsx", "routes/account.tsx", "routes/logout.tsx"];
