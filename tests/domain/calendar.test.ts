import { describe, expect, it } from "vitest";
import { addDays, isValidIsoDate, moduleDueDates, todayIn, weekStart } from "~/domain/calendar";

describe("calendar", () => {
  it("computes module due dates from the pace", () => {
    expect(moduleDueDates("2026-12-07", ["a", "b", "c"], 2)).toEqual({ a: "2026-12-20", b: "2027-01-03", c: "2027-01-17" });
  });
  it("finds the Monday of a week and crosses month ends", () => {
    expect(weekStart("2026-11-21")).toBe("2026-11-16"); // a Saturday
    expect(weekStart("2026-11-16")).toBe("2026-11-16");
    expect(weekStart("2026-11-22")).toBe("2026-11-16"); // Sunday belongs to the week before
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
  it("knows today in a time zone", () => {
    const late = new Date("2026-11-21T20:00:00Z");
    expect(todayIn("Asia/Tokyo", late)).toBe("2026-11-22");
    expect(todayIn("Europe/Kyiv", late)).toBe("2026-11-21");
  });
  it("validates dates", () => {
    expect(isValidIsoDate("2026-02-29")).toBe(false);
    expect(isValidIsoDate("2028-02-29")).toBe(true);
    expect(isValidIsoDate("2026-13-01")).toBe(false);
  });
});
