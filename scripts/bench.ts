// npm run bench: builds kumi, starts the production server on a generated
// 10,000-learner database and measures pages with autocannon, against two
// references measured in the same run: /healthz of the same server (the
// framework's floor) and a bare node:http server sending the same lesson
// bytes (the machine's ceiling). Also: transfer weights, dashboard query
// times at 1,000 and 10,000 learners, and 50 concurrent "mark complete" POSTs
// checked against the database. Results: bench/results/latest.{json,md}.
//   BENCH_DURATION=10 (seconds per run)  --no-build  --reseed
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { benchToken } from "./bench-accounts";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const args = new Set(process.argv.slice(2));

// --- child mode: time the dashboard queries in-process ----------------------------
if (process.argv[2] === "--queries") {
  const dbFile = process.argv[3]!;
  process.env.DATABASE_PATH = dbFile;
  const { teamBoard } = await import("../app/models/team-board.server");
  const { mentorDashboard } = await import("../app/models/mentoring/dashboard.server");
  const { partnerReport } = await import("../app/models/partners/report.server");
  const { getConnection } = await import("../db/client");
  const { sqlite } = getConnection();
  const learner = sqlite.prepare("select s.user_id as id, m.cohort_id as cohortId from sessions s join cohort_members m on m.user_id = s.user_id where s.id = ?").get(sessionId("learner")) as { id: number; cohortId: number };
  const mentor = sqlite.prepare("select user_id as id from sessions where id = ?").get(sessionId("mentor")) as { id: number };
  const time = (fn: () => unknown) => {
    for (let i = 0; i < 5; i++) fn();
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      fn();
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return { p50: samples[15]!, p95: samples[28]! };
  };
  console.log(
    JSON.stringify({
      teamBoard: time(() => teamBoard(learner.cohortId, learner.id, "uk")),
      mentorDashboard: time(() => mentorDashboard(mentor.id, "uk")),
      partnerReport: time(() => partnerReport(1, "ja")),
    }),
  );
  process.exit(0);
}

function sessionId(label: string): string {
  // Same as app/models/sessions.server.ts, without importing the app here.
  return createHash("sha256").update(benchToken(label)).digest("hex");
}

const run = (cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(cmd, argv, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timeout waiting for ${url}`);
}

async function startApp(dbFile: string) {
  // Work on a copy: the write benchmark changes the database.
  const copy = path.join(os.tmpdir(), `kumi-bench-${process.pid}-${path.basename(dbFile)}`);
  const src = new Database(dbFile);
  await src.backup(copy);
  src.close();
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: copy, AUTH_RATE_LIMIT_PER_MINUTE: "10000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child);
  return { url, copy, pid: child.pid!, stop: () => child.kill("SIGTERM") };
}

/**
 * CPU time (user + system, ms) the server process has used so far, from
 * /proc: per request it is steadier than req/s on a shared machine, where
 * the load generator and neighbours compete for the same cores.
 */
function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
  } catch {
    return null; // not Linux
  }
}

interface Measured {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Server CPU per request (ms), where the server's process can be read. */
  cpuMsPerRequest: number | null;
}

const WARM_UP_SECONDS = 2;

async function load(name: string, url: string, connections: number, headers: Record<string, string> = {}, pid?: number): Promise<Measured> {
  // Unmeasured first: otherwise the first page a fresh server sees pays for
  // V8's compilation and cold caches, and comparisons between servers lie.
  await autocannon({ url, connections, duration: WARM_UP_SECONDS, headers });
  const before = cpuMs(pid);
  const result = await autocannon({ url, connections, duration: DURATION, headers });
  const after = cpuMs(pid);
  return {
    cpuMsPerRequest: before !== null && after !== null && result.requests.total ? (after - before) / result.requests.total : null,
    name,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const cookie = (label: string) => ({ cookie: `kumi_session=${benchToken(label)}` });

/** Bytes a browser downloads for a page: HTML, CSS and JS, each gzipped as served. */
async function transferWeight(base: string, pagePath: string, headers: Record<string, string>, locale: string) {
  const html = await (await fetch(base + pagePath, { headers })).text();
  const gz = (buf: Buffer | string) => zlib.gzipSync(buf).length;
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const js = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)"|import\("([^"]+)"\)/g)].map((m) => (m[1] ?? m[2])!));
  // The locale chunk is loaded before hydration.
  const localeChunk = fs.readdirSync("build/client/assets").find((f) => f.startsWith(`${locale}-`) && f.endsWith(".js"));
  if (localeChunk) js.add(`/assets/${localeChunk}`);
  const size = async (files: Iterable<string>) => {
    let total = 0;
    for (const f of files) total += gz(Buffer.from(await (await fetch(base + f)).arrayBuffer()));
    return total;
  };
  const htmlGz = gz(html);
  const cssGz = await size(css);
  const jsGz = await size(js);
  return { htmlGz, cssGz, jsGz, htmlCssKb: (htmlGz + cssGz) / 1024, totalKb: (htmlGz + cssGz + jsGz) / 1024 };
}

function queryTimes(dbFile: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench.ts", "--queries", dbFile], { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, { p50: number; p95: number }>;
}

// --- main ---------------------------------------------------------------------
const DB10K = "data/bench-10000.db";
const DB1K = "data/bench-1000.db";
for (const [file, n] of [[DB10K, "10000"], [DB1K, "1000"]] as const) {
  // A database older than the seed script was made by an older seed: make it again.
  const stale = !fs.existsSync(file) || fs.statSync(file).mtimeMs < fs.statSync("scripts/bench-seed.ts").mtimeMs;
  if (args.has("--reseed") || stale) run(process.execPath, ["--import", "tsx", "scripts/bench-seed.ts", "--learners", n, "--out", file], { ...process.env, NODE_ENV: "production" });
}
if (!args.has("--no-build")) run("npm", ["run", "--silent", "build"]);

const rowsOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("select name from sqlite_master where type='table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as { name: string }[];
  const n = tables.reduce((sum, t) => sum + (db.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n, 0);
  db.close();
  return n;
};

const app = await startApp(DB10K);
const results: Measured[] = [];
let bare: ChildProcess | undefined;
try {
  const db = new Database(app.copy);
  const learner = db.prepare("select m.cohort_id as cohortId, c.course_id as courseId, c.lesson_ids as lessons from sessions s join cohort_members m on m.user_id = s.user_id join cohorts c on c.id = m.cohort_id where s.id = ?").get(sessionId("learner")) as { cohortId: number; courseId: string; lessons: string };
  const lessonId = (JSON.parse(learner.lessons) as string[])[1]!;
  const pages = {
    lesson: { path: `/courses/${learner.courseId}/lessons/${lessonId}`, who: "learner", locale: "uk" },
    outline: { path: `/courses/${learner.courseId}`, who: "learner", locale: "uk" },
    teamBoard: { path: `/cohorts/${learner.cohortId}`, who: "learner", locale: "uk" },
    mentorDashboard: { path: "/mentor", who: "mentor", locale: "uk" },
    partnerDashboard: { path: "/partner/organisations/1", who: "partner", locale: "ja" },
  } as const;
  for (const p of Object.values(pages)) {
    const status = (await fetch(app.url + p.path, { headers: cookie(p.who), redirect: "manual" })).status;
    if (status !== 200) throw new Error(`${p.path} answered ${status}`);
  }

  // The machine's ceiling: a bare node:http server sending the same lesson bytes, in its own process.
  const lessonHtml = await (await fetch(app.url + pages.lesson.path, { headers: cookie("learner") })).text();
  const htmlFile = path.join(os.tmpdir(), `kumi-bench-lesson-${process.pid}.html`);
  fs.writeFileSync(htmlFile, lessonHtml);
  const barePort = await freePort();
  bare = spawn(process.execPath, ["-e", `const b=require("fs").readFileSync(${JSON.stringify(htmlFile)});require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length});s.end(b)}).listen(${barePort},"127.0.0.1")`], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 300));

  for (const connections of [10, 50]) {
    console.log(`\n— ${connections} connections, ${DURATION} s each —`);
    results.push(await load("bare node:http (same lesson bytes)", `http://127.0.0.1:${barePort}/`, connections, {}, bare.pid));
    results.push(await load("/healthz", `${app.url}/healthz`, connections, {}, app.pid));
    for (const [name, p] of Object.entries(pages)) {
      results.push(await load(name, app.url + p.path, connections, cookie(p.who), app.pid));
      console.log(`${name}: ${results.at(-1)!.rps.toFixed(0)} req/s, p50 ${results.at(-1)!.p50} ms, p99 ${results.at(-1)!.p99} ms`);
    }
  }

  // 50 connections marking lessons complete, each request a different (learner, lesson) pair.
  const writers = Array.from({ length: 200 }, (_, i) => `writer-${i}`);
  const pairs: { label: string; userId: number; courseId: string; lessonId: string }[] = [];
  for (const label of writers) {
    const row = db.prepare("select s.user_id as userId, c.course_id as courseId, c.lesson_ids as lessons from sessions s join cohort_members m on m.user_id = s.user_id join cohorts c on c.id = m.cohort_id where s.id = ?").get(sessionId(label)) as { userId: number; courseId: string; lessons: string };
    const done = new Set((db.prepare("select lesson_id as id from lesson_progress where user_id = ? and completed_at is not null").all(row.userId) as { id: string }[]).map((r) => r.id));
    for (const id of JSON.parse(row.lessons) as string[]) if (!done.has(id)) pairs.push({ label, userId: row.userId, courseId: row.courseId, lessonId: id });
  }
  // Only reading lessons can be marked complete with one POST.
  const { loadCurriculum } = await import("../app/curriculum/load.server");
  const readingIds = new Set(
    loadCurriculum("content").courses.flatMap((c) => c.modules.flatMap((m) => m.lessons.filter((l) => l.variants.en.kind === "reading").map((l) => l.id))),
  );
  const writable = pairs.filter((p) => readingIds.has(p.lessonId));
  let next = 0;
  const statuses: Record<number, number> = {};
  const post = await autocannon({
    url: app.url,
    connections: 50,
    amount: writable.length,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const pair = writable[next++ % writable.length]!;
          return {
            ...req,
            path: `/courses/${pair.courseId}/lessons/${pair.lessonId}`,
            headers: { ...cookie(pair.label), origin: app.url, "content-type": "application/x-www-form-urlencoded" },
            body: "intent=complete",
          };
        },
        onResponse: (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  const completedNow = db
    .prepare(`select count(*) as n from lesson_progress where completed_at is not null and (user_id || '/' || lesson_id) in (${writable.map(() => "?").join(",")})`)
    .get(...writable.map((p) => `${p.userId}/${p.lessonId}`)) as { n: number };
  const writes = {
    requests: post.requests.total,
    acknowledged: statuses[303] ?? 0,
    statuses,
    errors: post.errors + post.timeouts,
    rps: post.requests.average,
    p50: post.latency.p50,
    p99: post.latency.p99,
    rowsInDatabase: completedNow.n,
  };
  db.close();

  const weights: Record<string, Awaited<ReturnType<typeof transferWeight>>> = {};
  for (const [name, p] of Object.entries(pages)) weights[name] = await transferWeight(app.url, p.path, cookie(p.who), p.locale);

  app.stop();
  bare.kill();

  // Dashboards at 1,000 learners over HTTP too: their cost must not grow with the instance.
  const small = await startApp(DB1K);
  const smallResults: Measured[] = [];
  try {
    const sdb = new Database(small.copy, { readonly: true });
    const sl = sdb.prepare("select m.cohort_id as cohortId from sessions s join cohort_members m on m.user_id = s.user_id where s.id = ?").get(sessionId("learner")) as { cohortId: number };
    sdb.close();
    smallResults.push(await load("teamBoard", `${small.url}/cohorts/${sl.cohortId}`, 10, cookie("learner"), small.pid));
    smallResults.push(await load("mentorDashboard", `${small.url}/mentor`, 10, cookie("mentor"), small.pid));
    smallResults.push(await load("partnerDashboard", `${small.url}/partner/organisations/1`, 10, cookie("partner"), small.pid));
  } finally {
    small.stop();
  }

  const queries = { "1000": queryTimes(DB1K), "10000": queryTimes(DB10K) };
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "?", memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
    durationSeconds: DURATION,
    database: { learners10k: DB10K, rows10k: rowsOf(DB10K), rows1k: rowsOf(DB1K) },
    http: results,
    dashboards1k: smallResults,
    writes,
    weights,
    queries,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/latest.json", `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync("bench/results/latest.md", markdown(report));
  console.log(`\n${markdown(report)}`);
} finally {
  app.stop();
  bare?.kill();
}

function markdown(r: {
  date: string;
  machine: { node: string; cpus: number; model: string; memoryGiB: number };
  durationSeconds: number;
  database: { rows10k: number; rows1k: number };
  http: Measured[];
  dashboards1k: Measured[];
  writes: { requests: number; acknowledged: number; errors: number; rps: number; p50: number; p99: number; rowsInDatabase: number; statuses: Record<number, number> };
  weights: Record<string, { htmlCssKb: number; totalKb: number }>;
  queries: Record<string, Record<string, { p50: number; p95: number }>>;
}): string {
  const lines = [
    `# kumi benchmark — ${r.date.slice(0, 10)}`,
    "",
    `Node ${r.machine.node}, ${r.machine.cpus} cores (${r.machine.model}), ${r.machine.memoryGiB} GiB; load generator (autocannon) on the same machine; ${r.durationSeconds} s per run, after ${WARM_UP_SECONDS} s unmeasured.`,
    `Database: 10,000 learners (${r.database.rows10k.toLocaleString("en")} rows); 1,000 learners (${r.database.rows1k.toLocaleString("en")} rows).`,
    "",
    "## Pages (signed in, 10,000-learner database)",
    "",
    "| page | connections | req/s | p50 ms | p99 ms | errors | vs /healthz | vs bare node:http | server CPU ms/req |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const cpu = (m: Measured) => (m.cpuMsPerRequest === null ? "–" : m.cpuMsPerRequest.toFixed(2));
  for (const m of r.http) {
    const ref = (name: string) => r.http.find((x) => x.name === name && x.connections === m.connections)!.rps;
    lines.push(
      `| ${m.name} | ${m.connections} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.errors + m.non2xx} | ${((100 * m.rps) / ref("/healthz")).toFixed(0)} % | ${((100 * m.rps) / ref("bare node:http (same lesson bytes)")).toFixed(0)} % | ${cpu(m)} |`,
    );
  }
  lines.push("", "## Dashboards at 1,000 learners (10 connections)", "", "| page | req/s | p50 ms | p99 ms | server CPU ms/req |", "|---|---:|---:|---:|---:|");
  for (const m of r.dashboards1k) lines.push(`| ${m.name} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p99} | ${cpu(m)} |`);
  lines.push("", "## Dashboard model time (in process, median / p95 ms)", "", "| dashboard | 1,000 learners | 10,000 learners |", "|---|---:|---:|");
  for (const name of Object.keys(r.queries["10000"]!)) {
    const a = r.queries["1000"]![name]!;
    const b = r.queries["10000"]![name]!;
    lines.push(`| ${name} | ${a.p50.toFixed(2)} / ${a.p95.toFixed(2)} | ${b.p50.toFixed(2)} / ${b.p95.toFixed(2)} |`);
  }
  lines.push("", "## Transfer weight (gzip)", "", "| page | HTML + CSS | with all JS |", "|---|---:|---:|");
  for (const [name, w] of Object.entries(r.weights)) lines.push(`| ${name} | ${w.htmlCssKb.toFixed(1)} KB | ${w.totalKb.toFixed(1)} KB |`);
  lines.push(
    "",
    "## 50 concurrent “mark complete” POSTs",
    "",
    `${r.writes.requests} requests, ${r.writes.acknowledged} acknowledged (303), ${r.writes.errors} errors, statuses ${JSON.stringify(r.writes.statuses)}; ${r.writes.rps.toFixed(0)} req/s, p50 ${r.writes.p50} ms, p99 ${r.writes.p99} ms.`,
    `Rows completed in the database for those requests: ${r.writes.rowsInDatabase} — ${r.writes.rowsInDatabase >= r.writes.acknowledged ? "every acknowledged write is there" : "MISSING WRITES"}.`,
    "",
  );
  return lines.join("\n");
}
