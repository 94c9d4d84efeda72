import { describe, expect, it } from "vitest";
import { formTeams, teamSizes, type WaitingLearner } from "~/domain/cohort-forming";
import type { MeetingSlot } from "#db/schema";
import type { Locale } from "~/i18n/config";

let nextId = 1;
function learner(languages: Locale[], slots: MeetingSlot[], createdAt = nextId): WaitingLearner {
  const id = nextId++;
  return { requestId: id, userId: 1000 + id, languages, slots, createdAt };
}
const many = (n: number, languages: Locale[], slots: MeetingSlot[]) => Array.from({ length: n }, () => learner(languages, slots));

function check(result: ReturnType<typeof formTeams>, input: WaitingLearner[]) {
  for (const team of result.teams) {
    expect(team.members.length).toBeGreaterThanOrEqual(3);
    expect(team.members.length).toBeLessThanOrEqual(5);
    for (const m of team.members) {
      expect(m.languages).toContain(team.locale);
      expect(m.slots).toContain(team.slot);
    }
  }
  // everyone is placed exactly once or left over
  const placed = result.teams.flatMap((t) => t.members.map((m) => m.requestId));
  const left = result.leftovers.map((m) => m.requestId);
  expect(new Set([...placed, ...left]).size).toBe(input.length);
  expect(placed.length + left.length).toBe(input.length);
}

describe("teamSizes", () => {
  it.each([
    [2, []],
    [3, [3]],
    [5, [5]],
    [6, [3, 3]],
    [7, [4, 3]],
    [10, [5, 5]],
    [11, [4, 4, 3]],
    [16, [4, 4, 4, 4]],
  ])("%i → %j", (n, sizes) => {
    expect(teamSizes(n)).toEqual(sizes);
  });
});

describe("formTeams", () => {
  it("groups learners sharing a language and a slot, never above 5", () => {
    const input = many(12, ["uk"], ["weekday-evening"]);
    const result = formTeams(input);
    check(result, input);
    expect(result.teams.map((t) => t.members.length)).toEqual([4, 4, 4]);
    expect(result.leftovers).toEqual([]);
  });

  it("never mixes languages or slots", () => {
    const input = [...many(3, ["uk"], ["weekend"]), ...many(3, ["ja"], ["weekend"]), ...many(3, ["uk"], ["weekday-morning"])];
    const result = formTeams(input);
    check(result, input);
    expect(result.teams).toHaveLength(3);
    expect(new Set(result.teams.map((t) => `${t.locale}/${t.slot}`)).size).toBe(3);
  });

  it("leaves groups of fewer than 3 waiting, and reports them", () => {
    const input = [...many(2, ["en"], ["weekend"]), ...many(4, ["uk"], ["weekday-evening"]), learner(["ja"], ["weekday-morning"])];
    const result = formTeams(input);
    check(result, input);
    expect(result.teams).toHaveLength(1);
    expect(result.teams[0]!.members).toHaveLength(4);
    expect(result.leftovers).toHaveLength(3);
  });

  it("uses a second language or slot to place someone who would otherwise wait", () => {
    const flexible = learner(["uk", "en"], ["weekend", "weekday-evening"]);
    const input = [...many(2, ["en"], ["weekday-evening"]), flexible, ...many(5, ["uk"], ["weekend"])];
    const result = formTeams(input);
    check(result, input);
    // the 5 + flexible uk/weekend learners make 6 → 3 + 3, or the flexible one completes the English team
    expect(result.leftovers.length).toBeLessThanOrEqual(2);
  });

  it("places the longest-waiting learners first when a pair has more than fits", () => {
    const early = many(5, ["ja"], ["weekend"]);
    const late = many(1, ["ja"], ["weekend"]);
    const result = formTeams([...late, ...early]);
    // 6 → two teams of 3; everyone placed
    expect(result.teams.map((t) => t.members.length)).toEqual([3, 3]);
    expect(result.teams[0]!.members.map((m) => m.requestId)).toEqual(early.slice(0, 3).map((m) => m.requestId));
  });

  it("handles an empty pool and a large mixed one", () => {
    expect(formTeams([])).toEqual({ teams: [], leftovers: [] });
    const locales: Locale[] = ["uk", "en", "ja"];
    const slots: MeetingSlot[] = ["weekday-morning", "weekday-daytime", "weekday-evening", "weekend"];
    const input = Array.from({ length: 200 }, (_, i) =>
      learner([locales[i % 3]!, ...(i % 7 === 0 ? [locales[(i + 1) % 3]!] : [])], [slots[i % 4]!, ...(i % 5 === 0 ? [slots[(i + 2) % 4]!] : [])]),
    );
    const result = formTeams(input);
    check(result, input);
    expect(result.leftovers.length).toBeLessThan(10);
  });
});
