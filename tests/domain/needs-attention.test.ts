import { describe, expect, it } from "vitest";
import { groupByPerson, median, needsAttention, type AttentionItem, type MenteeFacts } from "~/domain/needs-attention";

const NOW = new Date("2026-11-21T09:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 24 * 60 * 60 * 1000);

function mentee(over: Partial<MenteeFacts> & { userId: number }): MenteeFacts {
  return {
    name: `M${over.userId}`,
    cohortId: 1,
    inactiveDays: 7,
    lastActiveAt: daysAgo(1),
    joinedAt: daysAgo(30),
    lessonsBehind: 0,
    quizzesFailedTwice: [],
    exercisesWaiting: [],
    helpOpen: [],
    ...over,
  };
}

describe("needs attention", () => {
  it("lists nobody when everyone is active and on pace", () => {
    expect(needsAttention([mentee({ userId: 1 }), mentee({ userId: 2 })], NOW)).toEqual([]);
  });

  it("flags inactivity at exactly N days, not before", () => {
    expect(needsAttention([mentee({ userId: 1, lastActiveAt: daysAgo(6.9) })], NOW)).toEqual([]);
    expect(needsAttention([mentee({ userId: 1, lastActiveAt: daysAgo(7) })], NOW)).toMatchObject([{ reason: "inactive", amount: 7 }]);
  });

  it("uses the cohort's own threshold and the join date for someone who never started", () => {
    expect(needsAttention([mentee({ userId: 1, inactiveDays: 3, lastActiveAt: daysAgo(4) })], NOW)).toMatchObject([{ reason: "inactive", amount: 4 }]);
    expect(needsAttention([mentee({ userId: 2, lastActiveAt: null, joinedAt: daysAgo(10) })], NOW)).toMatchObject([{ reason: "inactive", amount: 10 }]);
    expect(needsAttention([mentee({ userId: 3, lastActiveAt: null, joinedAt: daysAgo(2) })], NOW)).toEqual([]);
  });

  it("orders by urgency: inactive, behind, quiz failed twice, exercise waiting, open help (oldest first)", () => {
    const items = needsAttention(
      [
        mentee({ userId: 1, helpOpen: [{ requestId: 10, since: daysAgo(1) }, { requestId: 11, since: daysAgo(3) }] }),
        mentee({ userId: 2, exercisesWaiting: [{ submissionId: 5, lessonId: "x", since: daysAgo(2) }] }),
        mentee({ userId: 3, quizzesFailedTwice: [{ lessonId: "q", failures: 2 }] }),
        mentee({ userId: 4, lessonsBehind: 2 }),
        mentee({ userId: 5, lessonsBehind: 5 }),
        mentee({ userId: 6, lastActiveAt: daysAgo(9) }),
        mentee({ userId: 7, lastActiveAt: daysAgo(14) }),
      ],
      NOW,
    );
    expect(items.map((i) => [i.userId, i.reason, i.ref ?? null])).toEqual([
      [7, "inactive", null],
      [6, "inactive", null],
      [5, "behind", null],
      [4, "behind", null],
      [3, "quizFailedTwice", "q"],
      [2, "exerciseWaiting", 5],
      [1, "helpOpen", 11],
      [1, "helpOpen", 10],
    ]);
  });

  it("ignores a quiz failed only once", () => {
    expect(needsAttention([mentee({ userId: 1, quizzesFailedTwice: [{ lessonId: "q", failures: 1 }] })], NOW)).toEqual([]);
  });

  it("computes medians", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("needs attention, by person", () => {
  it("gives each person one entry with all their reasons, most urgent person first", () => {
    const item = (userId: number, name: string, reason: AttentionItem["reason"], amount: number) => ({ userId, name, cohortId: 1, reason, amount });
    const grouped = groupByPerson([item(1, "Ken", "inactive", 10), item(2, "Yui", "behind", 3), item(1, "Ken", "behind", 2), item(2, "Yui", "helpOpen", 1)]);
    expect(grouped.map((p) => [p.name, p.reasons.map((r) => r.reason)])).toEqual([
      ["Ken", ["inactive", "behind"]],
      ["Yui", ["behind", "helpOpen"]],
    ]);
  });

  it("keeps the same name in two teams apart", () => {
    const a = { userId: 1, name: "Ken", cohortId: 1, reason: "inactive" as const, amount: 8 };
    expect(groupByPerson([a, { ...a, cohortId: 2 }])).toHaveLength(2);
  });
});
