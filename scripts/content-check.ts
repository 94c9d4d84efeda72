// Validates content/ and prints a lesson × language coverage table.
// Exit code 1 when there are errors (CI runs this).
import { computedHours, formatHours } from "../app/curriculum/course-hours";
import { formatContentErrors, translationState } from "../app/curriculum/index.server";
import { loadCurriculum } from "../app/curriculum/load.server";
import { RenderCache } from "../app/curriculum/render-cache.server";
import { getEnv } from "../app/env.server";
import { LOCALES } from "../app/i18n/config";

const dir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? getEnv().CONTENT_DIR;
const useCache = !process.argv.includes("--no-cache") && getEnv().CONTENT_CACHE_PATH !== "off";
const cache = new RenderCache(useCache ? getEnv().CONTENT_CACHE_PATH : null);
const started = performance.now();
const { courses, errors } = loadCurriculum(dir, { render: cache.render });
const ms = performance.now() - started;
if (!errors.length) cache.save();

const rows: string[][] = [["lesson", ...LOCALES]];
let stale = 0;
let missing = 0;
for (const course of courses) {
  rows.push([`${course.id} (${formatHours(computedHours(course.modules))} h; course.yaml says ${course.hours})`, ...LOCALES.map(() => "")]);
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      const cells = LOCALES.map((locale) => {
        if (lesson.variants.en.draft) return "draft";
        const state = translationState(lesson, locale);
        if (state === "stale") stale++;
        if (state === "missing") missing++;
        return state;
      });
      rows.push([`  ${lesson.id}`, ...cells]);
    }
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
if (!process.argv.includes("--quiet")) {
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
}

const lessons = courses.reduce((n, c) => n + c.modules.reduce((m, mod) => m + mod.lessons.length, 0), 0);
console.log(`\n${courses.length} courses, ${lessons} lessons; ${missing} missing and ${stale} stale translations; loaded in ${ms.toFixed(0)} ms (${cache.misses} rendered, ${cache.hits} from the render cache)`);
if (errors.length) {
  console.error(`\n${errors.length} content error(s):\n${formatContentErrors(errors)}`);
  process.exit(1);
}
console.log("Content OK");
