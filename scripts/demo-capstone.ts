// The demo's second team: on the capstone of RPA developer in practice, with a
// mentor and one deliverable waiting for the mentor's review (its rubric shows
// on the review screen). Called by scripts/demo-seed.ts.
import type { Locale } from "../app/i18n/config";
import { getCourse } from "../app/curriculum/index.server";
import { addDays, todayIn, weekStart } from "../app/domain/calendar";
import { createCohort, joinCohort } from "../app/models/cohorts.server";
import { setWeeklyMeeting } from "../app/models/team-settings.server";
import { submitExercise } from "../app/models/exercises.server";
import { issueCertificate } from "../app/models/certificates.server";
import { proposeMentor, respondToProposal } from "../app/models/mentoring/proposals.server";
import { completeLesson } from "../app/models/progress.server";
import { createUser } from "../app/models/users.server";
import { DEMO_CAPSTONE, DEMO_PASSWORD } from "./demo-accounts";

const WEEKS_PER_MODULE = 2;

export async function seedCapstoneTeam({ trainerId, mentorId }: { trainerId: number; mentorId: number }) {
  const { courseId, moduleId, lessonId, teamName } = DEMO_CAPSTONE;
  const course = getCourse(courseId);
  const capstone = course?.modules.findIndex((m) => m.id === moduleId) ?? -1;
  if (!course || capstone < 0) throw new Error(`the demo needs course ${courseId} with a module ${moduleId} in content/`);

  // Started so that every module before the capstone is due before this week
  // and the capstone is due at the end of next week: the capstone is current.
  const today = todayIn("Asia/Tokyo");
  const cohort = createCohort({
    courseId,
    name: teamName,
    locale: "uk",
    meetingSlot: "weekend",
    startDate: addDays(weekStart(today), -capstone * WEEKS_PER_MODULE * 7),
    weeksPerModule: WEEKS_PER_MODULE,
    state: "active",
    createdBy: trainerId,
  });
  setWeeklyMeeting(cohort.id, { weekday: 6, time: "10:00", timeZone: "Asia/Tokyo", place: "Йокогама, центр підтримки, кімната 2" });
  const people: [string, Locale][] = [
    ["Andrii Polishchuk", "uk"],
    ["Yevheniia Marchenko", "uk"],
    ["Bohdan Ivanenko", "uk"],
    ["Liliia Romanenko", "uk"],
  ];
  const ids: number[] = [];
  for (const [i, [name, locale]] of people.entries()) {
    const user = await createUser({ name, email: `capstone${i + 1}@demo.kumi.test`, locale, password: DEMO_PASSWORD, emailVerified: true });
    joinCohort(cohort.id, user.id);
    ids.push(user.id);
  }
  const published = (m: (typeof course.modules)[number]) => m.lessons.filter((l) => !l.variants.en.draft);
  const before = course.modules.slice(0, capstone).flatMap(published);
  const inCapstone = published(course.modules[capstone]!);
  const submitter = ids[0]!;
  for (const id of ids) {
    for (const lesson of before) {
      const quizScore = lesson.variants.en.kind === "quiz" ? 90 : undefined;
      completeLesson(id, courseId, lesson.id, { quizScore, now: new Date(Date.now() - 7 * 86_400_000) });
    }
  }
  // Andrii has done the capstone steps before the test sheet and handed it in.
  for (const lesson of inCapstone.slice(0, inCapstone.findIndex((l) => l.id === lessonId))) {
    completeLesson(submitter, courseId, lesson.id, { now: new Date(Date.now() - 2 * 86_400_000) });
  }
  const submission = submitExercise(cohort.id, submitter, lessonId, "https://docs.example.com/klen/test-sheet.xlsx", new Date(Date.now() - 86_400_000));

  // The mentor finished this course too, so the trainer can propose them.
  issueCertificate(mentorId, courseId, null);
  const proposal = proposeMentor(cohort.id, mentorId, trainerId);
  if (!proposal.ok) throw new Error(`the demo mentor cannot mentor ${teamName}: ${proposal.reason}`);
  respondToProposal(proposal.mentorship.id, mentorId, true);
  return { cohortId: cohort.id, submissionId: submission.id };
}
