// Measures how long the curriculum takes to load, cold (a fresh process), with
// and without the render cache, and what serving one cached lesson costs:
//   npm run content:bench -- [content-dir ...]
// Defaults to the real content and a generated 1,000-lesson fixture.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type Measurement = { importMs: number; ms: number; files: number; errors: number; serveMicros: number; rendered: number };

async function measure(dir: string, cachePath: string): Promise<Measurement> {
  process.env.CONTENT_DIR = dir;
  process.env.CONTENT_CACHE_PATH = cachePath;
  process.env.NODE_ENV = "production";
  const importStarted = performance.now();
  const { getCurriculum, listCourses } = await import("../app/curriculum/index.server");
  const { RenderCache } = await import("../app/curriculum/render-cache.server");
  const { loadCurriculum } = await import("../app/curriculum/load.server");
  const importMs = performance.now() - importStarted;
  const started = performance.now();
  let curriculum;
  let rendered = 0;
  if (cachePath === "off") {
    curriculum = loadCurriculum(dir);
    rendered = -1;
  } else {
    const cache = new RenderCache(cachePath);
    curriculum = loadCurriculum(dir, { render: cache.render });
    cache.save();
    rendered = cache.misses;
  }
  const ms = performance.now() - started;
  const files = curriculum.courses.reduce(
    (n, c) => n + c.modules.reduce((m, mod) => m + mod.lessons.reduce((k, l) => k + Object.keys(l.variants).length, 0), 0),
    0,
  );

  // Serving: the work a lesson request does with the content (find the lesson,
  // its neighbours, pick the language) — what the page model calls.
  getCurriculum();
  const { getLessonPage } = await import("../app/models/catalogue.server");
  const lessons = listCourses().flatMap((c) => c.modules.flatMap((m) => m.lessons.map((l) => [c.id, l.id] as const)));
  const locales = ["en", "uk", "ja"] as const;
  const rounds = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    const [courseId, lessonId] = lessons[i % lessons.length]!;
    if (!getLessonPage(courseId, lessonId, locales[i % 3]!)) throw new Error("lesson missing");
  }
  const serveMicros = ((performance.now() - t0) * 1000) / rounds;
  return { importMs, ms, files, errors: curriculum.errors.length, serveMicros, rendered };
}

if (process.argv[2] === "--measure") {
  console.log(JSON.stringify(await measure(process.argv[3]!, process.argv[4]!)));
  process.exit(0);
}

const dirs = process.argv.slice(2);
if (!dirs.length) {
  if (!fs.existsSync("tests/.tmp/content-1000")) {
    spawnSync(process.execPath, ["--import", "tsx", "scripts/content-fixture.ts", "1000"], { stdio: "inherit" });
  }
  dirs.push("content", "tests/.tmp/content-1000");
}

function child(dir: string, cache: string): Measurement {
  const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-bench.ts", "--measure", dir, cache], {
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout.trim().split("\n").pop()!) as Measurement;
}

console.log(`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"})\n`);
console.log("Load = read, validate and render every file in a fresh process (module import time shown apart).\n");
console.log("| content | files | load, no render cache | load, render cache warm | import | serve one lesson |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const dir of dirs) {
  const cache = path.join(os.tmpdir(), `kumi-bench-cache-${process.pid}-${path.basename(dir)}.json`);
  fs.rmSync(cache, { force: true });
  const cold = child(dir, "off");
  child(dir, cache); // fills the cache
  const warm = child(dir, cache);
  fs.rmSync(cache, { force: true });
  if (cold.errors || warm.errors) console.error(`${dir}: ${cold.errors} content errors`);
  console.log(
    `| ${dir} | ${cold.files} | ${(cold.ms / 1000).toFixed(2)} s | ${(warm.ms / 1000).toFixed(2)} s (${warm.rendered} rendered) | ${(warm.importMs / 1000).toFixed(2)} s | ${cold.serveMicros.toFixed(1)} µs |`,
  );
}
