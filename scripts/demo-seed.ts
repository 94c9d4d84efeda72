// Fills a fresh demo database with one account per role. Called by scripts/demo.ts.
import fs from "node:fs";
import { closeConnection } from "../db/client";
import { getEnv } from "../app/env.server";
import { createUser } from "../app/models/users.server";
import type { Locale } from "../app/i18n/config";
import type { MeetingSlot } from "../db/schema";
import { getCourse } from "../app/curriculum/index.server";
import { addDays, todayIn, weekStart } from "../app/domain/calendar";
import { createCohort, joinCohort } from "../app/models/cohorts.server";
import { setWeeklyMeeting } from "../app/models/team-settings.server";
import { requestEnrolment } from "../app/models/enrolment.server";
import { submitExercise } from "../app/models/exercises.server";
import { completeLesson } from "../app/models/progress.server";
import { askForHelp, saveCheckIn } from "../app/models/team-life.server";
import { issueCertificate } from "../app/models/certificates.server";
import { saveMentorProfile } from "../app/models/mentoring/profiles.server";
import { proposeMentor, respondToProposal } from "../app/models/mentoring/proposals.server";
import { logSession } from "../app/models/mentoring/sessions.server";
import { createCommission } from "../app/models/partners/commissions.server";
import { createOrganisation, joinOrganisation } from "../app/models/partners/organisations.server";
import { consentAndJoin } from "../app/models/partners/sponsorships.server";
import { requestPasswordReset } from "../app/models/accounts/password-reset.server";
import { queueDueDigests } from "../app/models/mail/digest.server";
import { queueWaitingLearnerMails } from "../app/models/mail/staff-mail.server";
import { queueWeeklySummaries } from "../app/models/mail/weekly-summary.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { seedCapstoneTeam } from "./demo-capstone";
import { seedOutcomes } from "./demo-outcomes";
import { seedWorkBoard } from "./demo-work";

const file = getEnv().DATABASE_PATH;
// Demo data is disposable: start from an empty database every time.
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });

const created = new Map<string, number>();
for (const account of DEMO_ACCOUNTS) {
  created.set(account.email, (await createUser({ ...account, password: DEMO_PASSWORD, emailVerified: true })).id);
}

// A team already under way, so every screen has something to show.
const teammates: [string, Locale][] = [
  ["Taras Melnyk", "uk"],
  ["Iryna Bondarenko", "uk"],
  ["Mykola Shevchuk", "uk"],
  ["Sofiia Kravets", "uk"],
];
const ids = [created.get("olena@demo.kumi.test")!];
for (const [i, [name, locale]] of teammates.entries()) {
  ids.push((await createUser({ name, email: `learner${i + 1}@demo.kumi.test`, locale, password: DEMO_PASSWORD, emailVerified: true })).id);
}
const start = addDays(weekStart(todayIn("Asia/Tokyo")), -21);
const cohort = createCohort({
  courseId: "rpa-foundations",
  name: "Команда Сакура",
  locale: "uk",
  meetingSlot: "weekday-evening",
  startDate: start,
  state: "active",
  createdBy: created.get("yuki@demo.kumi.test"),
});
for (const id of ids) joinCohort(cohort.id, id);
setWeeklyMeeting(cohort.id, { weekday: 2, time: "19:00", timeZone: "Asia/Tokyo", place: "https://meet.jit.si/kumi-demo-sakura" });
const course = getCourse("rpa-foundations")!;
const lessonIds = course.modules.flatMap((m) => m.lessons.map((l) => l.id));
// Olena is a little ahead, Sofiia has gone quiet.
const done = [4, 3, 3, 2, 0];
ids.forEach((id, i) => {
  for (const lessonId of lessonIds.slice(0, done[i])) {
    if (lessonId === "rpa-basics-quiz") continue;
    completeLesson(id, "rpa-foundations", lessonId, { now: new Date(Date.now() - (10 - i) * 86_400_000) });
  }
});
saveCheckIn(cohort.id, ids[1]!, weekStart(todayIn("Asia/Tokyo")), "Прочитав про те, як обрати процес для автоматизації.", "Не маю комп’ютера з Windows удома.");
askForHelp(cohort.id, ids[2]!, "Не зрозуміла різницю між attended і unattended ботами. Хтось може пояснити на прикладі?", null);
submitExercise(cohort.id, ids[1]!, "rpa-map-a-process", "1. Відкрити пошту\n2. Завантажити рахунок\n3. Перенести суму в Excel\n4. Зберегти файл у папку місяця");

// Natalia finished the course last season and now mentors Olena's team.
const natalia = created.get("natalia@demo.kumi.test")!;
issueCertificate(natalia, "rpa-foundations", null);
saveMentorProfile(natalia, { languages: ["uk", "en"], slots: ["weekday-evening", "weekend"], capacity: 2, listed: true, status: "active" });
const proposal = proposeMentor(cohort.id, natalia, created.get("yuki@demo.kumi.test")!);
if (proposal.ok) respondToProposal(proposal.mentorship.id, natalia, true);
logSession(cohort.id, natalia, { heldOn: addDays(todayIn("Asia/Tokyo"), -5), minutes: 45, attendees: ids.slice(0, 4), notes: "Розібрали, як обрати процес. Софії варто написати окремо." });
// She also mentors a team on the RPA developer capstone, where a deliverable waits for her.
await seedCapstoneTeam({ trainerId: created.get("yuki@demo.kumi.test")!, mentorId: natalia });

// Daniel manages Sakura Logistics, which sponsors Taras and Iryna.
const firm = createOrganisation("Sakura Logistics", created.get("admin@demo.kumi.test")!);
joinOrganisation(firm.id, created.get("daniel@demo.kumi.test")!);
const commission = createCommission({
  organisationId: firm.id,
  courseId: "rpa-foundations",
  seats: 4,
  startsOn: start,
  endsOn: addDays(start, 120),
  languages: ["uk", "ja"],
  createdBy: created.get("daniel@demo.kumi.test")!,
});
for (const id of ids.slice(1, 3)) consentAndJoin(commission.id, id, { languages: ["uk"], slots: ["weekday-evening"], timeZone: "Asia/Tokyo" });
await seedWorkBoard({ organisationId: firm.id, managerId: created.get("daniel@demo.kumi.test")!, nataliaId: natalia });

// People waiting for a team in the other courses, for cohort forming.
const waiting: [string, Locale, MeetingSlot][] = [
  ["Anna Lysenko", "uk", "weekend"],
  ["Oleh Tkachenko", "uk", "weekend"],
  ["Kateryna Moroz", "uk", "weekend"],
  ["Dmytro Savchenko", "uk", "weekday-morning"],
  ["佐々木 花", "ja", "weekend"],
];
for (const [i, [name, locale, slot]] of waiting.entries()) {
  const user = await createUser({ name, email: `waiting${i + 1}@demo.kumi.test`, locale, password: DEMO_PASSWORD, emailVerified: true });
  requestEnrolment({ userId: user.id, courseId: "no-code-automation", languages: [locale], slots: [slot], timeZone: "Asia/Tokyo" });
}
await seedOutcomes({ created, sakuraId: firm.id, sakuraCommissionId: commission.id });
// The demo's e-mails, so that /admin/mail shows each kind in its reader's
// language: this evening's digests, each team's weekly summary (on its meeting
// day this week), the trainer's note about waiting learners and a reset link a
// waiting learner asked for. With no SMTP_URL they stay in the outbox.
const tokyoAt = (daysAhead: number, hour: number) => {
  const today = todayIn("Asia/Tokyo");
  return new Date(`${addDays(today, daysAhead)}T${String(hour).padStart(2, "0")}:00:00+09:00`);
};
queueDueDigests(tokyoAt(0, 19));
for (let day = 0; day < 7; day++) queueWeeklySummaries(tokyoAt(day, 10));
queueWaitingLearnerMails(tokyoAt(0, 10));
requestPasswordReset("waiting1@demo.kumi.test");
closeConnection();

const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD})`);
for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(width)}  ${a.what} (${a.locale})`);
console.log(`  learner1..4@demo.kumi.test   Olena's teammates; waiting1..5@… wait for a no-code team`);
console.log(`  capstone1..4@demo.kumi.test  Team Klen, on the RPA developer capstone; their test sheet waits for Natalia's review`);
console.log(`  grad1..3@demo.kumi.test      graduates on the work board (a team applying to Sakura Logistics; grad2's delivery waits for Daniel)`);
console.log(`  alumni1..7@demo.kumi.test    Sakura's first intake, funded by Kibou, with answered outcome asks\n`);
