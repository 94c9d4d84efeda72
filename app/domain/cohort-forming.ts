import { MIN_TEAM_SIZE, TEAM_SIZE, type MeetingSlot } from "#db/values";
import type { Locale } from "~/i18n/config";

export interface WaitingLearner {
  requestId: number;
  userId: number;
  languages: Locale[];
  slots: MeetingSlot[];
  /** Earlier requests are placed first. */
  createdAt: number;
}

export interface ProposedTeam {
  locale: Locale;
  slot: MeetingSlot;
  members: WaitingLearner[];
}

export interface FormingResult {
  teams: ProposedTeam[];
  leftovers: WaitingLearner[];
}

/** Sizes for n people: as few teams as possible, as even as possible, each of 3–5. */
export function teamSizes(n: number): number[] {
  if (n < MIN_TEAM_SIZE) return [];
  const count = Math.ceil(n / TEAM_SIZE);
  const base = Math.floor(n / count);
  const extra = n % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * Groups waiting learners into teams sharing a language and a meeting slot.
 * Greedy: the (language, slot) pair with the most waiting learners is formed
 * first (longest-waiting learners first), then the rest is looked at again.
 * Teams have 3 to 5 members; whoever cannot be placed keeps waiting.
 */
export function formTeams(waiting: WaitingLearner[]): FormingResult {
  let pool = [...waiting].sort((a, b) => a.createdAt - b.createdAt || a.requestId - b.requestId);
  const teams: ProposedTeam[] = [];
  for (;;) {
    const groups = new Map<string, WaitingLearner[]>();
    for (const learner of pool) {
      for (const locale of new Set(learner.languages)) {
        for (const slot of new Set(learner.slots)) {
          const key = `${locale}|${slot}`;
          if (!groups.has(key)) groups.set(key, []);
          groups.get(key)!.push(learner);
        }
      }
    }
    let best: { key: string; members: WaitingLearner[] } | undefined;
    for (const [key, members] of groups) {
      if (members.length < MIN_TEAM_SIZE) continue;
      // Most learners first; ties go to the pair whose first learner waited longest, then by name for determinism.
      if (
        !best ||
        members.length > best.members.length ||
        (members.length === best.members.length &&
          (members[0]!.createdAt < best.members[0]!.createdAt ||
            (members[0]!.createdAt === best.members[0]!.createdAt && key < best.key)))
      ) {
        best = { key, members };
      }
    }
    if (!best) break;
    const [locale, slot] = best.key.split("|") as [Locale, MeetingSlot];
    let offset = 0;
    for (const size of teamSizes(best.members.length)) {
      teams.push({ locale, slot, members: best.members.slice(offset, offset + size) });
      offset += size;
    }
    const placed = new Set(best.members.map((m) => m.requestId));
    pool = pool.filter((l) => !placed.has(l.requestId));
  }
  return { teams, leftovers: pool };
}
