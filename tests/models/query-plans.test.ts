import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { issueCertificate } from "~/models/certificates.server";
import { createCohort, joinCohort } from "~/models/cohorts.server";
import { learnerHome } from "~/models/learner-home.server";
import { lessonActivity } from "~/models/lesson-activity.server";
import { mentorDashboard } from "~/models/mentoring/dashboard.server";
import { saveMentorProfile } from "~/models/mentoring/profiles.server";
import { proposeMentor, respondToProposal } from "~/models/mentoring/proposals.server";
import { createCommission } from "~/models/partners/commissions.server";
import { createOrganisation, joinOrganisation } from "~/models/partners/organisations.server";
import { partnerReport } from "~/models/partners/report.server";
import { consentAndJoin } from "~/models/partners/sponsorships.server";
import { completeLesson, submitQuiz } from "~/models/progress.server";
import { teamBoard } from "~/models/team-board.server";
import { askForHelp, saveCheckIn } from "~/models/team-life.server";
import { createUser } from "~/models/users.server";

// Tables that grow with every learner: a dashboard must never read them whole.
const BIG = ["lesson_progress", "quiz_attempts", "notifications", "check_ins", "help_requests", "help_replies", "exercise_submissions", "cohort_members", "sponsorships", "certificates", "mentorships", "mentor_sessions", "session_attendees", "sessions"];

describe("dashboard queries use indexes", () => {
  it("no full table scan on progress (or any other growing table) in any dashboard", async () => {
    const { sqlite } = getConnection();
    // Record every statement prepared from here on: hot statements are
    // prepared once per connection, maybe while the data below is made.
    const seen = new Set<string>();
    const original = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      seen.add(source);
      return original(source);
    }) as typeof sqlite.prepare;
    let n = 0;
    const person = () => createUser({ name: `P${++n}`, email: `qp${n}@example.org`, password: "long enough", locale: "uk" });
    const trainer = await person();
    const mentor = await person();
    issueCertificate(mentor.id, "rpa-foundations", null);
    saveMentorProfile(mentor.id, { languages: ["uk"], slots: ["weekend"], capacity: 3, listed: true, status: "active" });
    const cohort = createCohort({ courseId: "rpa-foundations", name: "Q", locale: "uk", meetingSlot: "weekend", startDate: "2026-10-05", state: "active" });
    const learners = [await person(), await person(), await person()];
    for (const l of learners) joinCohort(cohort.id, l.id);
    const proposal = proposeMentor(cohort.id, mentor.id, trainer.id);
    if (proposal.ok) respondToProposal(proposal.mentorship.id, mentor.id, true);
    completeLesson(learners[0]!.id, "rpa-foundations", "rpa-what-rpa-is");
    submitQuiz(learners[1]!.id, "rpa-foundations", "rpa-basics-quiz", {});
    saveCheckIn(cohort.id, learners[0]!.id, "2026-11-16", "did", "");
    askForHelp(cohort.id, learners[2]!.id, "help", null);
    const org = createOrganisation("Firm", trainer.id);
    const manager = await person();
    joinOrganisation(org.id, manager.id);
    const commission = createCommission({ organisationId: org.id, courseId: "rpa-foundations", seats: 5, startsOn: "2026-10-01", endsOn: "2027-10-01", languages: ["uk"], createdBy: trainer.id });
    consentAndJoin(commission.id, learners[0]!.id, { languages: ["uk"], slots: ["weekend"], timeZone: "Asia/Tokyo" });
    // No ANALYZE: without statistics the planner assumes big tables, which is
    // what production has; on a handful of rows it would happily scan.

    try {
      teamBoard(cohort.id, learners[0]!.id, "uk");
      mentorDashboard(mentor.id, "uk");
      partnerReport(org.id, "ja");
      learnerHome(learners[0]!.id, "uk");
      lessonActivity(learners[0]!.id, "rpa-foundations", "rpa-first-bot");
    } finally {
      sqlite.prepare = original as typeof sqlite.prepare;
    }

    expect(seen.size).toBeGreaterThan(10);
    const scans: string[] = [];
    for (const source of seen) {
      if (!/^\s*select/i.test(source)) continue;
      const params = (source.match(/\?/g) ?? []).length;
      const plan = sqlite.prepare(`explain query plan ${source}`).all(...Array(params).fill(null)) as { detail: string }[];
      for (const { detail } of plan) {
        const table = /^SCAN (\w+)/.exec(detail)?.[1];
        if (table && BIG.includes(table)) scans.push(`${detail}\n    in: ${source}`);
      }
    }
    expect(scans).toEqual([]);
  });
});
