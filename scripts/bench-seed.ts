// Generates a large, realistic kumi instance for benchmarks, deterministically:
//   npm run bench:seed -- [--learners 10000] [--out data/bench-10000.db] [--seed 42]
// Learners in teams of five on the real courses, mentors, partner firms, and
// progress, quiz attempts, check-ins, help requests, reviews and notifications.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { openDatabase } from "../db/client";
import { getCourse, listCourses } from "../app/curriculum/index.server";
import { addDays, moduleDueDates, todayIn, weekStart } from "../app/domain/calendar";
import { sessionIdFromToken } from "../app/models/sessions.server";
import { benchToken, BENCH_PASSWORD } from "./bench-accounts";

const { values } = parseArgs({
  options: { learners: { type: "string", default: "10000" }, out: { type: "string" }, seed: { type: "string", default: "42" } },
});
const LEARNERS = Number(values.learners);
const OUT = values.out ?? `data/bench-${LEARNERS}.db`;
const COHORTS = Math.floor(LEARNERS / 5);
const MENTORS = Math.max(1, Math.floor(LEARNERS / 25));
const ORGS = Math.max(2, Math.round((50 * LEARNERS) / 10_000));
const DAY = 86_400_000;

// mulberry32: small, fast, deterministic.
let state = Number(values.seed) >>> 0;
function rand(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const started = performance.now();
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${OUT}${suffix}`, { force: true });
const { sqlite } = openDatabase(OUT);
sqlite.pragma("synchronous = OFF");
const passwordHash = await hash(BENCH_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
const now = Date.now();
const today = todayIn("Asia/Tokyo");
const courses = listCourses().map((c) => ({ id: c.id, modules: c.modules.map((m) => ({ id: m.id, lessons: m.lessons.map((l) => ({ id: l.id, kind: l.variants.en.kind, hash: l.variants.en.bodyHash })) })) }));
const locales = ["uk", "ja", "en"] as const;
const slots = ["weekday-morning", "weekday-daytime", "weekday-evening", "weekend"] as const;
const FIRST = ["Olena", "Taras", "Iryna", "Mykola", "Sofiia", "Andrii", "Yuki", "Hana", "Kenji", "Aiko", "Maria", "Daniel", "Anna", "Oleh", "Nguyen", "Fatima"];
const LAST = ["Kovalenko", "Melnyk", "Bondarenko", "Shevchuk", "Kravets", "Sato", "Tanaka", "Suzuki", "Ito", "Lysenko", "Moroz", "Tkachenko"];

const insert = {
  user: sqlite.prepare("insert into users (id, name, email, password_hash, locale, created_at, email_verified_at) values (?, ?, ?, ?, ?, ?, ?)"),
  role: sqlite.prepare("insert into user_roles (user_id, role) values (?, ?)"),
  session: sqlite.prepare("insert into sessions (id, user_id, expires_at) values (?, ?, ?)"),
  cohort: sqlite.prepare(
    "insert into cohorts (id, course_id, name, locale, meeting_slot, start_date, weeks_per_module, state, invite_code, lesson_ids, created_at) values (?, ?, ?, ?, ?, ?, 2, 'active', ?, ?, ?)",
  ),
  due: sqlite.prepare("insert into cohort_module_due (cohort_id, module_id, due_date) values (?, ?, ?)"),
  member: sqlite.prepare("insert into cohort_members (cohort_id, user_id, created_at) values (?, ?, ?)"),
  progress: sqlite.prepare(
    "insert into lesson_progress (user_id, course_id, lesson_id, started_at, completed_at, quiz_score, content_revision, completed_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
  ),
  attempt: sqlite.prepare("insert into quiz_attempts (user_id, lesson_id, answers, score, passed, created_at) values (?, ?, '{}', ?, ?, ?)"),
  checkIn: sqlite.prepare("insert into check_ins (cohort_id, user_id, week, did, blockers, created_at) values (?, ?, ?, ?, '', ?)"),
  help: sqlite.prepare("insert into help_requests (cohort_id, user_id, body, state, created_at) values (?, ?, ?, ?, ?)"),
  reply: sqlite.prepare("insert into help_replies (request_id, user_id, body, created_at) values (?, ?, ?, ?)"),
  submission: sqlite.prepare("insert into exercise_submissions (cohort_id, user_id, lesson_id, answer, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)"),
  event: sqlite.prepare("insert into submission_events (submission_id, actor_id, kind, text, created_at) values (?, ?, ?, ?, ?)"),
  notification: sqlite.prepare("insert into notifications (user_id, kind, actor_id, cohort_id, link, data, read_at, created_at) values (?, ?, ?, ?, ?, '{}', ?, ?)"),
  certificate: sqlite.prepare("insert into certificates (code, user_id, course_id, holder_name, created_at) values (?, ?, ?, ?, ?)"),
  profile: sqlite.prepare("insert into mentor_profiles (user_id, languages, slots, capacity, status, listed) values (?, ?, ?, 5, 'active', 1)"),
  mentorship: sqlite.prepare("insert into mentorships (cohort_id, mentor_id, state, created_at, responded_at) values (?, ?, 'active', ?, ?)"),
  mentorSession: sqlite.prepare("insert into mentor_sessions (cohort_id, mentor_id, held_on, minutes, notes, created_at) values (?, ?, ?, 45, ?, ?)"),
  attendee: sqlite.prepare("insert into session_attendees (session_id, user_id) values (?, ?)"),
  org: sqlite.prepare("insert into organisations (id, name, manager_invite_code, created_at) values (?, ?, ?, ?)"),
  orgMember: sqlite.prepare("insert into organisation_members (organisation_id, user_id) values (?, ?)"),
  commission: sqlite.prepare("insert into commissions (id, organisation_id, course_id, seats, starts_on, ends_on, languages, invite_code, created_at) values (?, ?, ?, ?, ?, ?, '[\"uk\",\"ja\"]', ?, ?)"),
  sponsorship: sqlite.prepare("insert into sponsorships (commission_id, user_id, consented_at, withdrawn_at) values (?, ?, ?, ?)"),
};

let userId = 0;
let certificates = 0;
const certCode = () => `c${(++certificates).toString(36).padStart(15, "0")}`;
const newUser = (kind: string, i: number, locale: string) => {
  userId++;
  // Verified, as real people who have used kumi for months are (no banner on every page).
  insert.user.run(userId, `${pick(FIRST)} ${pick(LAST)}`, `${kind}${i}@bench.kumi.test`, passwordHash, locale, now - 200 * DAY, now - 200 * DAY);
  return userId;
};

sqlite.transaction(() => {
  const trainer = newUser("trainer", 1, "ja");
  insert.role.run(trainer, "trainer");
  const admin = newUser("admin", 1, "en");
  insert.role.run(admin, "admin");

  // Learners, in cohorts of five.
  const learnerIds: number[] = [];
  const cohortOf = new Map<number, { cohortId: number; courseIndex: number; start: string }>();
  for (let c = 1; c <= COHORTS; c++) {
    const courseIndex = c % courses.length;
    const course = courses[courseIndex]!;
    const locale = locales[c % locales.length]!;
    const start = addDays(weekStart(today), -7 * Math.floor(rand() * 20));
    const lessonIds = course.modules.flatMap((m) => m.lessons.map((l) => l.id));
    insert.cohort.run(c, course.id, `Team ${c}`, locale, slots[c % slots.length]!, start, `bench${c}`, JSON.stringify(lessonIds), now - 150 * DAY);
    for (const [moduleId, dueDate] of Object.entries(moduleDueDates(start, course.modules.map((m) => m.id), 2))) insert.due.run(c, moduleId, dueDate);
    for (let k = 0; k < 5; k++) {
      const id = newUser("learner", learnerIds.length + 1, locale);
      learnerIds.push(id);
      insert.role.run(id, "learner");
      insert.member.run(c, id, new Date(`${start}T00:00:00Z`).getTime());
      cohortOf.set(id, { cohortId: c, courseIndex, start });
    }
  }

  // Someone else in the same team (learners are numbered team by team, after trainer and admin).
  const teammate = (id: number) => ((id - 3) % 5 < 4 ? id + 1 : id - 4);

  // Progress: every learner, a realistic spread from not started to finished.
  let submissionId = 0;
  let helpId = 0;
  for (const id of learnerIds) {
    const { cohortId, courseIndex, start } = cohortOf.get(id)!;
    const course = courses[courseIndex]!;
    const lessons = course.modules.flatMap((m) => m.lessons);
    const startMs = new Date(`${start}T00:00:00Z`).getTime();
    const done = Math.floor(Math.pow(rand(), 0.7) * (lessons.length + 1));
    lessons.forEach((lesson, i) => {
      if (i > done) return;
      const at = Math.min(now - DAY, startMs + (i + 1) * (2 + rand() * 4) * DAY);
      const completed = i < done;
      const score = lesson.kind === "quiz" ? 70 + Math.floor(rand() * 31) : null;
      insert.progress.run(id, course.id, lesson.id, at - DAY, completed ? at : null, completed ? score : null, completed ? lesson.hash : null, id);
      if (lesson.kind === "quiz") {
        if (rand() < 0.3) insert.attempt.run(id, lesson.id, 40, 0, at - DAY / 2);
        if (completed) insert.attempt.run(id, lesson.id, score, 1, at);
      }
      if (lesson.kind === "exercise" && completed) {
        submissionId++;
        const state = rand() < 0.8 ? "accepted" : "submitted";
        insert.submission.run(cohortId, id, lesson.id, "1. Open the mail\n2. Save the invoice\n3. Enter the total", state, at, at);
        insert.event.run(submissionId, id, "submitted", "…", at);
        if (state === "accepted") insert.event.run(submissionId, teammate(id), "accepted", "Good", at + DAY);
      }
    });
    // Learners take the courses in turn: the earlier ones are finished.
    for (const past of courses.slice(0, courseIndex)) {
      const pastStart = startMs - 120 * DAY;
      past.modules.flatMap((m) => m.lessons).forEach((lesson, i) => {
        const at = pastStart + i * 3 * DAY;
        insert.progress.run(id, past.id, lesson.id, at - DAY, at, lesson.kind === "quiz" ? 90 : null, lesson.hash, id);
      });
      insert.certificate.run(certCode(), id, past.id, "Learner", pastStart + 100 * DAY);
    }
    if (done === lessons.length) insert.certificate.run(certCode(), id, course.id, "Learner", now - 5 * DAY);
    // Weekly check-ins since the start, and the odd help request.
    for (let w = 0, week = start; week <= today && w < 20; w++, week = addDays(week, 7)) {
      if (rand() < 0.7) insert.checkIn.run(cohortId, id, week, "Read two lessons and practised the loop example.", new Date(`${week}T10:00:00Z`).getTime());
    }
    if (rand() < 0.5) {
      helpId++;
      const open = rand() < 0.3;
      insert.help.run(cohortId, id, "How do I read the second sheet of the Excel file?", open ? "open" : "resolved", now - Math.floor(rand() * 30) * DAY);
      if (!open) insert.reply.run(helpId, teammate(id), "Use the sheet name option in the read action.", now - Math.floor(rand() * 10) * DAY);
    }
    for (let n = 0; n < 120; n++) {
      insert.notification.run(id, pick(["nudge", "help_request", "submission_to_review", "review_accepted"]), teammate(id), cohortId, `/cohorts/${cohortId}`, rand() < 0.8 ? now - DAY : null, now - Math.floor(rand() * 60) * DAY);
    }
  }

  // Mentors: seniors with a certificate, five active teams each.
  let cohortCursor = 1;
  let mentorSessionId = 0;
  for (let m = 1; m <= MENTORS; m++) {
    const id = newUser("mentor", m, pick(locales));
    insert.role.run(id, "learner");
    for (const course of courses) insert.certificate.run(certCode(), id, course.id, "Mentor", now - 300 * DAY);
    insert.profile.run(id, JSON.stringify(locales), JSON.stringify(slots));
    for (let k = 0; k < 5 && cohortCursor <= COHORTS; k++, cohortCursor++) {
      insert.mentorship.run(cohortCursor, id, now - 100 * DAY, now - 99 * DAY);
      for (let s = 0; s < 6; s++) {
        mentorSessionId++;
        insert.mentorSession.run(cohortCursor, id, addDays(today, -7 * s), "Talked through the week.", now - 7 * s * DAY);
        for (let a = 0; a < 4; a++) insert.attendee.run(mentorSessionId, learnerIds[(cohortCursor - 1) * 5 + a]!);
      }
    }
  }

  // Partner firms: a manager each, two commissions, a fifth of the learners sponsored.
  let commissionId = 0;
  const sponsoredPerCommission = Math.floor(LEARNERS / 5 / (ORGS * 2));
  let learnerCursor = 0;
  for (let o = 1; o <= ORGS; o++) {
    insert.org.run(o, `Partner ${o} K.K.`, `benchorg${o}`, now - 200 * DAY);
    const manager = newUser("partner", o, pick(locales));
    insert.role.run(manager, "partner");
    insert.orgMember.run(o, manager);
    for (let k = 0; k < 2; k++) {
      commissionId++;
      const courseId = courses[commissionId % courses.length]!.id;
      insert.commission.run(commissionId, o, courseId, sponsoredPerCommission + 2, addDays(today, -120), addDays(today, 120), `benchcom${commissionId}`, now - 120 * DAY);
      for (let s = 0; s < sponsoredPerCommission; s++) {
        // Sponsor learners studying this commission's course.
        while (learnerCursor < learnerIds.length && courses[cohortOf.get(learnerIds[learnerCursor]!)!.courseIndex]!.id !== courseId) learnerCursor++;
        const learner = learnerIds[learnerCursor++];
        if (!learner) break;
        insert.sponsorship.run(commissionId, learner, now - 100 * DAY, rand() < 0.05 ? now - 10 * DAY : null);
      }
      learnerCursor = learnerCursor % learnerIds.length;
    }
  }

  // Known sessions for the benchmark: one per role, and 200 learners for concurrent writes.
  const sessionFor = (label: string, uid: number) => insert.session.run(sessionIdFromToken(benchToken(label)), uid, now + 30 * DAY);
  sessionFor("learner", learnerIds[0]!);
  sessionFor("mentor", learnerIds.length + 3); // the first mentor's id (after trainer, admin and the learners)
  sessionFor("trainer", trainer);
  for (let i = 0; i < 200; i++) sessionFor(`writer-${i}`, learnerIds[learnerIds.length - 1 - i]!);
})();

// The first partner manager's session.
const partner = sqlite.prepare("select user_id as id from organisation_members where organisation_id = 1").get() as { id: number };
insert.session.run(sessionIdFromToken(benchToken("partner")), partner.id, now + 30 * DAY);

sqlite.pragma("optimize");
sqlite.exec("analyze");
const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as { name: string }[];
let rows = 0;
for (const { name } of tables) rows += (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n;
sqlite.close();
console.log(`${OUT}: ${LEARNERS} learners, ${COHORTS} cohorts, ${MENTORS} mentors, ${ORGS} partner firms; ${rows.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
void getCourse;
