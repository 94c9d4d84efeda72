import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { issueCertificate } from "~/models/certificates.server";
import { createCohort, joinCohort } from "~/models/cohorts.server";
import { saveMentorProfile } from "~/models/mentoring/profiles.server";
import { proposeMentor, respondToProposal, suggestMentors } from "~/models/mentoring/proposals.server";
import { mentorStats } from "~/models/mentoring/stats.server";
import { askForHelp, replyToHelp } from "~/models/team-life.server";
import { createUser } from "~/models/users.server";

let n = 0;
const person = () => createUser({ name: `Senior ${++n}`, email: `s${n}@example.org`, password: "long enough", locale: "uk" });
async function senior(profile: Partial<Parameters<typeof saveMentorProfile>[1]> = {}, course = "rpa-foundations") {
  const user = await person();
  issueCertificate(user.id, course, null);
  saveMentorProfile(user.id, { languages: ["uk"], slots: ["weekend"], capacity: 1, listed: false, status: "active", ...profile });
  return user;
}

describe("mentor suggestions", () => {
  it("only seniors of the course who speak its language, share its slot and have a free place; most free places first", async () => {
    const cohort = createCohort({ courseId: "rpa-foundations", name: "S", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const good = await senior({ capacity: 1 });
    const roomy = await senior({ capacity: 3 });
    await senior({ languages: ["ja"] });
    await senior({ slots: ["weekday-morning"] });
    await senior({ status: "paused" });
    await senior({}, "no-code-automation");
    const noProfile = await person();
    issueCertificate(noProfile.id, "rpa-foundations", null);
    expect(suggestMentors(cohort.id).map((s) => s.userId)).toEqual([roomy.id, good.id]);

    // a full mentor drops out of the list
    const other = createCohort({ courseId: "rpa-foundations", name: "T", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const trainer = await person();
    expect(proposeMentor(other.id, good.id, trainer.id).ok).toBe(true);
    expect(suggestMentors(cohort.id).map((s) => s.userId)).toEqual([roomy.id]);
    expect(proposeMentor(cohort.id, good.id, trainer.id)).toEqual({ ok: false, reason: "notSuggested" });
  });
});

describe("mentor statistics", () => {
  it("counts teams, mentees, completion and the median time to a first reply", async () => {
    const mentor = await senior({ capacity: 2 });
    const trainer = await person();
    const cohort = createCohort({ courseId: "rpa-foundations", name: "U", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const [a, b] = [await person(), await person()];
    joinCohort(cohort.id, a.id);
    joinCohort(cohort.id, b.id);
    const proposal = proposeMentor(cohort.id, mentor.id, trainer.id);
    if (!proposal.ok) throw new Error("not proposed");
    respondToProposal(proposal.mentorship.id, mentor.id, true);
    issueCertificate(a.id, "rpa-foundations", cohort.id);

    const { sqlite } = getConnection();
    const t0 = Date.UTC(2026, 10, 1, 9);
    for (const [minutes, who] of [[30, a], [90, b], [600, a]] as const) {
      const request = askForHelp(cohort.id, who.id, "help", null);
      sqlite.prepare("update help_requests set created_at = ? where id = ?").run(t0, request.id);
      replyToHelp(request.id, mentor.id, "answer");
      sqlite.prepare("update help_replies set created_at = ? where request_id = ?").run(t0 + minutes * 60_000, request.id);
    }
    expect(mentorStats(mentor.id)).toEqual({ teams: 1, mentees: 2, completionRate: 50, helpAnswered: 3, medianReplyMinutes: 90 });
  });
});
