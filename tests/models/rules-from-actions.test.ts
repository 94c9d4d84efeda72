import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { getCourse } from "~/curriculum/index.server";
import { moduleDueDatesOf, setModuleDueDates } from "~/models/cohort-due-dates.server";
import { createCohort, joinCohort } from "~/models/cohorts.server";
import { checkExerciseAnswer } from "~/models/exercises.server";
import { askForHelp, checkIn, checkInsOf, helpRequestOfCohort } from "~/models/team-life.server";
import { createUser } from "~/models/users.server";

// Rules that used to sit in route actions, now in the models.

const newCohort = (name: string) => createCohort({ courseId: "rpa-foundations", name, locale: "en", meetingSlot: "weekend", startDate: "2026-11-02", timeZone: "Asia/Tokyo" });

describe("exercise answers", () => {
  it("a link must look like a web address; text must not be empty or too long", () => {
    expect(checkExerciseAnswer("link", " https://example.org/board ")).toEqual({ ok: true, answer: "https://example.org/board" });
    expect(checkExerciseAnswer("link", "example.org")).toEqual({ ok: false, key: "team:lesson.exerciseLinkInvalid", max: 2000 });
    expect(checkExerciseAnswer("link", "https://exa mple.org")).toMatchObject({ ok: false, key: "team:lesson.exerciseLinkInvalid" });
    expect(checkExerciseAnswer("link", `https://example.org/${"a".repeat(2000)}`)).toMatchObject({ ok: false, key: "common:form.tooLong" });
    expect(checkExerciseAnswer("text", "   ")).toEqual({ ok: false, key: "common:form.required", max: 20_000 });
    expect(checkExerciseAnswer(null, ["two", "values"])).toMatchObject({ ok: false, key: "common:form.required" });
    expect(checkExerciseAnswer(null, "My steps")).toEqual({ ok: true, answer: "My steps" });
  });
});

describe("module due dates", () => {
  it("all or nothing: one bad date and no module's date changes", () => {
    const cohort = newCohort("Due");
    const modules = getCourse("rpa-foundations")!.modules.map((m) => m.id);
    expect(modules.length).toBeGreaterThan(1);
    const before = moduleDueDatesOf(cohort.id);
    const bad = setModuleDueDates(cohort.id, (id) => (id === modules[1] ? "2026-02-30" : "2027-01-15"));
    expect(bad).toEqual({ ok: false, invalid: [modules[1]] });
    expect(moduleDueDatesOf(cohort.id)).toEqual(before);
    expect(setModuleDueDates(cohort.id, () => "2027-01-15")).toEqual({ ok: true });
    expect(Object.values(moduleDueDatesOf(cohort.id))).toEqual(modules.map(() => "2027-01-15"));
  });

  it("writes in one transaction: a failing write leaves every date as it was", () => {
    const cohort = newCohort("Due 2");
    setModuleDueDates(cohort.id, () => "2027-01-15");
    const before = moduleDueDatesOf(cohort.id);
    const { sqlite } = getConnection();
    // Make the last module's write fail inside the transaction.
    const last = getCourse("rpa-foundations")!.modules.at(-1)!.id;
    sqlite.exec(`create temp trigger refuse_last before update on cohort_module_due when new.module_id = '${last}' begin select raise(abort, 'refused'); end`);
    try {
      expect(() => setModuleDueDates(cohort.id, () => "2027-03-01")).toThrow(/refused/);
    } finally {
      sqlite.exec("drop trigger refuse_last");
    }
    expect(moduleDueDatesOf(cohort.id)).toEqual(before);
  });
});

describe("team life", () => {
  it("a check-in is filed under the current week in the team's time zone", async () => {
    const cohort = newCohort("Week");
    const user = await createUser({ name: "Weekly", email: "weekly@example.org", password: "long enough", locale: "en" });
    joinCohort(cohort.id, user.id);
    // Sunday 2026-11-08 23:30 in Tokyo is still in the week of Monday 2026-11-02 there (UTC says Sunday 14:30).
    checkIn(cohort.id, user.id, { did: "did things", blockers: "", editing: null }, new Date("2026-11-08T14:30:00Z"));
    // Monday 00:30 in Tokyo is the next week, though UTC still says Sunday.
    checkIn(cohort.id, user.id, { did: "more", blockers: "", editing: null }, new Date("2026-11-08T15:30:00Z"));
    expect(checkInsOf(cohort.id).map((c) => c.week).sort()).toEqual(["2026-11-02", "2026-11-09"]);
  });

  it("a help request is found only under its own team", async () => {
    const [a, b] = [newCohort("Help A"), newCohort("Help B")];
    const user = await createUser({ name: "Asker", email: "asker@example.org", password: "long enough", locale: "en" });
    joinCohort(a.id, user.id);
    const help = askForHelp(a.id, user.id, "?", null);
    expect(helpRequestOfCohort(a.id, help.id)?.id).toBe(help.id);
    expect(helpRequestOfCohort(b.id, help.id)).toBeNull();
    expect(helpRequestOfCohort(a.id, 999999)).toBeNull();
  });
});
