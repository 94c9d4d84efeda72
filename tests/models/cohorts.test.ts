import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { formCohorts } from "~/models/cohort-forming.server";
import { createCohort, joinCohort, moveLearner } from "~/models/cohorts.server";
import { requestEnrolment } from "~/models/enrolment.server";
import { listNotifications } from "~/models/notifications.server";
import { completeLesson, completedLessonIds } from "~/models/progress.server";
import { teamBoard } from "~/models/team-board.server";
import { nudge, recentlyNudged } from "~/models/team-life.server";
import { createUser } from "~/models/users.server";

let n = 0;
const person = (locale: "en" | "uk" | "ja" = "uk") =>
  createUser({ name: `Person ${++n}`, email: `p${n}@example.org`, password: "long enough", locale });

describe("cohort forming on the database", () => {
  it("creates teams from waiting requests, places them and tells the rest they still wait", async () => {
    const uk = await Promise.all(Array.from({ length: 7 }, () => person("uk")));
    const ja = await Promise.all(Array.from({ length: 2 }, () => person("ja")));
    for (const u of uk) requestEnrolment({ userId: u.id, courseId: "no-code-automation", languages: ["uk"], slots: ["weekend"], timeZone: "Europe/Kyiv" });
    for (const u of ja) requestEnrolment({ userId: u.id, courseId: "no-code-automation", languages: ["ja"], slots: ["weekend"], timeZone: "Asia/Tokyo" });

    const result = formCohorts("no-code-automation", { startDate: "2026-12-07" });
    expect(result.cohorts).toHaveLength(2); // 7 → 4 + 3
    expect(result.leftovers.sort()).toEqual(ja.map((u) => u.id).sort());
    const { sqlite } = getConnection();
    const sizes = sqlite
      .prepare("select count(*) as n from cohort_members where cohort_id in (?, ?) group by cohort_id order by n desc")
      .all(result.cohorts[0]!.id, result.cohorts[1]!.id);
    expect(sizes).toEqual([{ n: 4 }, { n: 3 }]);
    expect(listNotifications(uk[0]!.id).map((x) => x.kind)).toContain("placed");
    expect(listNotifications(ja[0]!.id).map((x) => x.kind)).toContain("still_waiting");
    // running it again places nobody twice
    expect(formCohorts("no-code-automation").cohorts).toEqual([]);
  });
});

describe("moving and seats", () => {
  it("moves a learner between cohorts of the same course, never into a full one", async () => {
    const a = createCohort({ courseId: "rpa-foundations", name: "A", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const b = createCohort({ courseId: "rpa-foundations", name: "B", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const people = await Promise.all(Array.from({ length: 6 }, () => person()));
    for (const p of people.slice(0, 5)) expect(joinCohort(b.id, p.id).ok).toBe(true);
    expect(joinCohort(a.id, people[5]!.id).ok).toBe(true);
    expect(moveLearner(people[5]!.id, a.id, b.id)).toEqual({ ok: false, reason: "full" });
    expect(joinCohort(b.id, people[5]!.id)).toMatchObject({ ok: false, reason: "inOtherCohort" });
  });
});

describe("progress survives content edits", () => {
  it("keeps completion by lesson id; a lesson added later shows as new on the board", async () => {
    const cohort = createCohort({ courseId: "rpa-foundations", name: "C", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const learner = await person();
    joinCohort(cohort.id, learner.id);
    completeLesson(learner.id, "rpa-foundations", "rpa-what-rpa-is");
    // Pretend the team started before "rpa-handover-quiz" (the last lesson) existed.
    getConnection().sqlite.prepare("update cohorts set lesson_ids = json_remove(lesson_ids, '$[#-1]') where id = ?").run(cohort.id);
    const board = teamBoard(cohort.id, learner.id, "en")!;
    const lessons = board.modules.flatMap((m) => m.lessons);
    expect(lessons.find((l) => l.id === "rpa-handover-quiz")?.isNew).toBe(true);
    expect(lessons.find((l) => l.id === "rpa-what-rpa-is")?.isNew).toBe(false);
    expect(completedLessonIds(learner.id, "rpa-foundations").has("rpa-what-rpa-is")).toBe(true);
    expect(board.members[0]!.cells["rpa-what-rpa-is"]).toBe("done");
  });
});

describe("nudges", () => {
  it("once a day from one teammate to another, never to oneself or outside the team", async () => {
    const cohort = createCohort({ courseId: "generative-ai-at-work", name: "N", locale: "ja", meetingSlot: "weekend", startDate: "2026-11-02" });
    const [a, b, outsider] = await Promise.all([person("ja"), person("ja"), person("ja")]);
    joinCohort(cohort.id, a.id);
    joinCohort(cohort.id, b.id);
    const now = new Date("2026-11-21T10:00:00Z");
    expect(nudge(cohort.id, a.id, b.id, now)).toEqual({ ok: true });
    expect(nudge(cohort.id, a.id, b.id, new Date(now.getTime() + 3600_000))).toEqual({ ok: false, reason: "tooSoon" });
    expect(nudge(cohort.id, a.id, b.id, new Date(now.getTime() + 25 * 3600_000))).toEqual({ ok: true });
    expect(nudge(cohort.id, a.id, a.id, now)).toEqual({ ok: false, reason: "self" });
    expect(nudge(cohort.id, a.id, outsider.id, now)).toEqual({ ok: false, reason: "notTeammate" });
    expect(listNotifications(b.id).filter((x) => x.kind === "nudge")).toHaveLength(2);
  });

  it("the board knows whom the viewer nudged within the last day", async () => {
    const cohort = createCohort({ courseId: "rpa-foundations", name: "R", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const [a, b, c] = await Promise.all([person(), person(), person()]);
    for (const p of [a, b, c]) joinCohort(cohort.id, p.id);
    const now = new Date("2026-11-21T10:00:00Z");
    nudge(cohort.id, a.id, b.id, now);
    expect([...recentlyNudged(a.id, new Date(now.getTime() + 23 * 3600_000))]).toEqual([b.id]);
    expect([...recentlyNudged(a.id, new Date(now.getTime() + 25 * 3600_000))]).toEqual([]);
    expect([...recentlyNudged(c.id, now)]).toEqual([]);
  });
});
