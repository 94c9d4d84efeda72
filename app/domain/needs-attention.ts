// Which mentees need a mentor's attention, most urgent first. Pure: the
// dashboard gathers the facts, this decides; tests drive it with a fixed clock.

export type AttentionReason = "inactive" | "behind" | "quizFailedTwice" | "exerciseWaiting" | "helpOpen";

export interface MenteeFacts {
  userId: number;
  name: string;
  cohortId: number;
  /** The cohort's threshold for "inactive" (default 7 days). */
  inactiveDays: number;
  /** Last time the mentee did anything; null if never. */
  lastActiveAt: Date | null;
  joinedAt: Date;
  /** Lessons of modules already due that are not completed. */
  lessonsBehind: number;
  /** Quizzes failed at least twice and not passed since. */
  quizzesFailedTwice: { lessonId: string; failures: number }[];
  /** Exercises handed in and waiting for a review. */
  exercisesWaiting: { submissionId: number; lessonId: string; since: Date }[];
  /** Open help requests, with when they were asked. */
  helpOpen: { requestId: number; since: Date }[];
}

export interface AttentionItem {
  userId: number;
  name: string;
  cohortId: number;
  reason: AttentionReason;
  /** Days inactive or waiting, lessons behind, or failures, depending on the reason. */
  amount: number;
  /** What the item links to. */
  ref?: number | string;
}

const DAY = 24 * 60 * 60 * 1000;
// The order the issue names them in is the order of urgency: someone who has
// vanished comes before someone who is merely behind.
const RANK: Record<AttentionReason, number> = { inactive: 0, behind: 1, quizFailedTwice: 2, exerciseWaiting: 3, helpOpen: 4 };

export function needsAttention(mentees: MenteeFacts[], now: Date): AttentionItem[] {
  const items: (AttentionItem & { sortKey: number })[] = [];
  for (const m of mentees) {
    const base = { userId: m.userId, name: m.name, cohortId: m.cohortId };
    const last = m.lastActiveAt ?? m.joinedAt;
    const idleDays = Math.floor((now.getTime() - last.getTime()) / DAY);
    if (idleDays >= m.inactiveDays) items.push({ ...base, reason: "inactive", amount: idleDays, sortKey: -idleDays });
    if (m.lessonsBehind > 0) items.push({ ...base, reason: "behind", amount: m.lessonsBehind, sortKey: -m.lessonsBehind });
    for (const q of m.quizzesFailedTwice) {
      if (q.failures >= 2) items.push({ ...base, reason: "quizFailedTwice", amount: q.failures, ref: q.lessonId, sortKey: -q.failures });
    }
    for (const e of m.exercisesWaiting) {
      items.push({ ...base, reason: "exerciseWaiting", amount: Math.floor((now.getTime() - e.since.getTime()) / DAY), ref: e.submissionId, sortKey: e.since.getTime() });
    }
    for (const h of m.helpOpen) {
      items.push({ ...base, reason: "helpOpen", amount: Math.floor((now.getTime() - h.since.getTime()) / DAY), ref: h.requestId, sortKey: h.since.getTime() });
    }
  }
  return items
    .sort((a, b) => RANK[a.reason] - RANK[b.reason] || a.sortKey - b.sortKey || a.name.localeCompare(b.name))
    .map(({ sortKey: _sortKey, ...item }) => item);
}

/** Median of a list of durations (ms); null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface PersonNeedingAttention {
  userId: number;
  name: string;
  cohortId: number;
  /** This person's reasons, most urgent first. */
  reasons: AttentionItem[];
}

/**
 * The same items, one entry per person: a mentor reads "Taras — inactive 9
 * days, 4 lessons behind" once, not Taras's name on three lines. People come
 * in the order of their most urgent reason.
 */
export function groupByPerson(items: AttentionItem[]): PersonNeedingAttention[] {
  const people = new Map<string, PersonNeedingAttention>();
  for (const item of items) {
    const key = `${item.cohortId}:${item.userId}`;
    let person = people.get(key);
    if (!person) {
      person = { userId: item.userId, name: item.name, cohortId: item.cohortId, reasons: [] };
      people.set(key, person);
    }
    person.reasons.push(item);
  }
  return [...people.values()];
}
