import type { Module } from "./types";

/** How far a course's declared `hours` may be from what its lessons add up to. */
export const HOURS_TOLERANCE = 0.1;

/** Study time the lessons add up to, in hours (English minutes; drafts are not taught yet). */
export function computedHours(modules: readonly Module[]): number {
  let minutes = 0;
  for (const module of modules)
    for (const lesson of module.lessons) if (!lesson.variants.en.draft) minutes += lesson.variants.en.minutes;
  return minutes / 60;
}

export function hoursWithinTolerance(declared: number, computed: number): boolean {
  return Math.abs(declared - computed) <= computed * HOURS_TOLERANCE;
}

/** One decimal, without a trailing ".0". */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
