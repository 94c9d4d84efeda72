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

const COURSE = "rpa-foundations";

/** Keyed by the route module's file, as app/routes.ts names it. */
export const ROWS: Record<string, Row> = {
  "routes/home.tsx": { path: () => "/", get: EVERYONE },
  "routes/signup.tsx": { path: () => "/signup", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  "routes/login.tsx": { path: () => "/login", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
  "routes/logout.tsx": { path: () => "/logout", get: EVERYONE, post: { "": { body: () => ({}), expected: EVERYONE } } },
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
      quiz: { body: () => ({ intent: "quiz" }), expected: COURSE_LEARNERS },
      exercise: { body: () => ({ intent: "exercise" }), expected: COURSE_LEARNERS },
      team: { body: () => ({ intent: "team" }), expected: COURSE_LEARNERS },
    },
  },
  "routes/learn.tsx": {
    path: () => "/learn",
    get: SIGNED_IN,
    // Only the sponsored learner withdraws her own consent.
    post: { withdraw: { body: (w) => ({ intent: "withdraw", sponsorshipId: String(w.sponsorshipOfLearner) }), expected: LEARNERS_OF_A } },
  },
  "routes/notifications.tsx": { path: () => "/notifications", get: SIGNED_IN, post: { read: { body: () => ({ intent: "read" }), expected: SIGNED_IN } } },
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
  "routes/certificate.tsx": { path: (w) => `/certificates/${w.certificate}`, get: EVERYONE },
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
      // Only its mentor ends a mentorship here.
      end: { body: (w) => ({ intent: "end", mentorshipId: String(w.mentorshipB) }), expected: who("no", { signedOut: "login", otherMentor: "ok" }) },
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
  "routes/trainer-content.tsx": { path: () => "/trainer/content", get: STAFF },
  "routes/trainer-course-coverage.tsx": { path: () => `/trainer/content/${COURSE}`, get: STAFF },
  "routes/trainer-lesson-preview.tsx": { path: () => `/trainer/content/${COURSE}/rpa-what-rpa-is/uk`, get: STAFF },
  "routes/not-found.tsx": { path: () => "/no/such/page", get: NOBODY },
};

/** Actions that change who may do what run last, in this order; everything else runs before them. */
export const RUN_LAST = ["routes/invite.tsx", "routes/mentor.tsx", "routes/partner-join.tsx", "routes/logout.tsx"];
