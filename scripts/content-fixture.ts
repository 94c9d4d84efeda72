// Generates a large synthetic curriculum for load-time measurements:
//   npm run content:fixture -- [lessons=1000] [dir=tests/.tmp/content-1000]
// Each lesson exists in en, uk and ja (stamped), with headings, lists, a
// table, a code block, a callout and links, about the size of a real lesson.
import fs from "node:fs";
import path from "node:path";
import { bodyHash } from "../app/curriculum/load.server";

const lessons = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? `tests/.tmp/content-${lessons}`;
const perModule = 10;
const perCourse = 100;

fs.rmSync(dir, { recursive: true, force: true });
const localised = (en: string) => `\n  en: ${en}\n  uk: ${en} (uk)\n  ja: ${en}（ja）`;

function body(i: number, lang: string): string {
  const p = `Lesson ${i} in ${lang}. Automation saves time when a task follows fixed rules and arrives in digital form. `;
  return `
## Why this matters

${p.repeat(4)}

- Read the invoice list every morning
- Copy the totals into the monthly sheet
- **Check** the sums and *write* a short log line

| step | input | output |
|---|---|---|
| 1 | e-mail | attachment |
| 2 | attachment | row |
| 3 | row | report |

:::tip
${p}
:::

\`\`\`text
For each row in table
  Write row to sheet
\`\`\`

## Try it

${p.repeat(3)} See [the previous lesson](lesson:fx-${Math.max(0, i - 1)}).
`;
}

let written = 0;
for (let c = 0; c * perCourse < lessons; c++) {
  const courseDir = path.join(dir, "courses", `course-${c}`);
  const inCourse = Math.min(perCourse, lessons - c * perCourse);
  const modules = Math.ceil(inCourse / perModule);
  fs.mkdirSync(courseDir, { recursive: true });
  fs.writeFileSync(
    path.join(courseDir, "course.yaml"),
    `id: fx-course-${c}\ntitle:${localised(`Course ${c}`)}\nsummary:${localised("Generated.")}\nlevel: beginner\nhours: ${((inCourse * 10) / 60).toFixed(2)}\nmodules:\n${Array.from({ length: modules }, (_, m) => `  - m${m}`).join("\n")}\n`,
  );
  for (let m = 0; m < modules; m++) {
    const moduleDir = path.join(courseDir, `${String(m + 1).padStart(2, "0")}-m${m}`);
    fs.mkdirSync(moduleDir);
    fs.writeFileSync(path.join(moduleDir, "module.yaml"), `id: m${m}\ntitle:${localised(`Module ${m}`)}\nsummary:${localised("Generated.")}\n`);
    for (let l = 0; l < perModule && written < lessons; l++, written++) {
      const i = written;
      const name = `${String(l + 1).padStart(2, "0")}-lesson-${i}`;
      const en = body(i, "en");
      // content:check wants every module to end with an exercise (which needs a rubric).
      const last = l === perModule - 1 || written === lessons - 1;
      const kind = last ? `exercise\nsubmit: text\nrubric:\n  - check: The steps\n    accept: All there\n    changes: Some missing` : "reading";
      const fm = (title: string, extra = "") => `---\nid: fx-${i}\ntitle: ${title}\nminutes: 10\nkind: ${kind}\n${extra}---\n`;
      fs.writeFileSync(path.join(moduleDir, `${name}.en.md`), fm(`Lesson ${i}`) + en);
      const stamp = `source: "${bodyHash(en)}"\n`;
      fs.writeFileSync(path.join(moduleDir, `${name}.uk.md`), fm(`Урок ${i}`, stamp) + body(i, "uk"));
      fs.writeFileSync(path.join(moduleDir, `${name}.ja.md`), fm(`レッスン ${i}`, stamp) + body(i, "ja"));
    }
  }
}
console.log(`Wrote ${written} lessons × 3 languages to ${dir}`);
