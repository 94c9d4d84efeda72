import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { weeklyProgress } from "~/models/partners/report.server";
import { completeLesson } from "~/models/progress.server";
import { createUser } from "~/models/users.server";

let n = 0;
const person = () => createUser({ name: `Staff ${++n}`, email: `staff${n}@example.org`, password: "long enough", locale: "ja" });

describe("weekly chart of a partner report", () => {
  it("counts completions per Tokyo week, Monday to Sunday, oldest week first", async () => {
    const [a, b, other] = [await person(), await person(), await person()];
    const { sqlite } = getConnection();
    const completeAt = (userId: number, lessonId: string, iso: string) => {
      completeLesson(userId, "rpa-foundations", lessonId);
      sqlite.prepare("update lesson_progress set completed_at = ? where user_id = ? and lesson_id = ?").run(Date.parse(iso), userId, lessonId);
    };
    // Tuesday 2026-11-17 10:00 in Tokyo. This week began Monday 16 November.
    const now = new Date("2026-11-17T01:00:00Z");
    completeAt(a.id, "rpa-what-rpa-is", "2026-11-16T15:30:00Z"); // Tue 17 Nov 00:30 JST → week of 16 Nov
    completeAt(a.id, "rpa-first-bot", "2026-11-15T15:10:00Z"); // Mon 16 Nov 00:10 JST → week of 16 Nov
    completeAt(b.id, "rpa-what-rpa-is", "2026-11-15T14:50:00Z"); // Sun 15 Nov 23:50 JST → week of 9 Nov
    completeAt(b.id, "rpa-first-bot", "2026-11-09T00:00:00Z"); // Mon 9 Nov 09:00 JST → week of 9 Nov
    completeAt(a.id, "rpa-basics-quiz", "2026-08-01T00:00:00Z"); // before the twelve weeks shown
    completeAt(other.id, "rpa-what-rpa-is", "2026-11-16T03:00:00Z"); // not one of the firm's learners

    const series = weeklyProgress([a.id, b.id], now);
    expect(series).toHaveLength(12);
    expect(series[0]!.week).toBe("2026-08-31");
    expect(series.at(-1)).toEqual({ week: "2026-11-16", lessons: 2 });
    expect(series.at(-2)).toEqual({ week: "2026-11-09", lessons: 2 });
    expect(series.slice(0, -2).every((s) => s.lessons === 0)).toBe(true);
    expect(weeklyProgress([], now).every((s) => s.lessons === 0)).toBe(true);
  });
});
