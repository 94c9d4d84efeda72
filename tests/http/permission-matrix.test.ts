import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import routes from "~/routes";
import { Client } from "../support/http-client";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";
import { ROLES, ROWS, RUN_LAST, type Outcome, type Role, type World } from "./permission-matrix.rows";

// Every route of app/routes.ts × every role × GET and each action intent, against
// one seeded world on the built server. The expected outcomes (rows next to this
// file) follow the matrix in docs/architecture.md; a route or an intent without
// rows fails here.

/** Route module files, as app/routes.ts lists them. */
const ROUTE_FILES = routes.map((r) => r.file);

/** The intents an action schema declares, read from the route module and its *.server.ts sibling. */
function declaredIntents(file: string): string[] | null {
  const base = `app/${file.replace(/\.tsx?$/, "")}`;
  const sources = [`app/${file}`, `${base}.server.ts`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, "utf8"));
  if (!/export (async function|const) action\b/.test(sources[0]!)) return null;
  const intents = new Set<string>();
  for (const source of sources) for (const m of source.matchAll(/intent: z\.literal\("([A-Za-z-]+)"\)/g)) intents.add(m[1]!);
  return intents.size ? [...intents].sort() : [""];
}

describe("the matrix covers app/routes.ts", () => {
  it("every route has rows, for GET and for each intent of its action", () => {
    expect(ROUTE_FILES.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const file of ROUTE_FILES) {
      const row = ROWS[file];
      if (!row) {
        problems.push(`${file}: no rows in permission-matrix.rows.ts`);
        continue;
      }
      const intents = (declaredIntents(file) ?? []).join(", ");
      const rows = Object.keys(row.post ?? {}).sort().join(", ");
      if (rows !== intents) problems.push(`${file}: rows for action intents [${rows}], the action declares [${intents}]`);
    }
    for (const file of Object.keys(ROWS)) if (!ROUTE_FILES.includes(file)) problems.push(`${file}: rows for a route app/routes.ts no longer has`);
    expect(problems).toEqual([]);
  });
});

/** Routes with rows (the test above names any without). */
const COVERED = ROUTE_FILES.filter((file) => ROWS[file]);

let server: TestServer;
const clients = {} as Record<Role, Client>;
let world: World;

async function createOrganisation(trainer: Client, name: string): Promise<number> {
  const res = await trainer.post("/trainer/organisations", { name });
  return Number(/\/partner\/organisations\/(\d+)/.exec(res.headers.get("location") ?? "")![1]);
}

async function senior(name: string, certificate: string) {
  const s = await signUp(server, { name, locale: "uk" });
  execute(server, "insert into certificates (code, user_id, course_id, holder_name) values (?, ?, 'rpa-foundations', ?)", certificate, s.id, name);
  expect((await s.client.post("/mentor", { intent: "profile", languages: "uk", slots: "weekend", capacity: "3", status: "active" })).status).toBe(303);
  return s;
}

async function mentorFor(trainer: Client, cohortId: number, mentor: { client: Client; id: number }): Promise<number> {
  expect((await trainer.post(`/trainer/cohorts/${cohortId}/mentor`, { intent: "propose", mentorId: String(mentor.id) })).status).toBe(303);
  const [m] = query<{ id: number }>(server, "select id from mentorships where cohort_id = ? and mentor_id = ? and state = 'proposed'", cohortId, mentor.id);
  return m!.id;
}

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
  clients.trainer = trainer.client;
  clients.admin = (await signUp(server, { name: "Admin", roles: ["admin"] })).client;
  clients.signedOut = new Client(server.url);

  // Firm 1 sponsors the learner of team A; firm 2 has its own manager.
  const org1 = await createOrganisation(trainer.client, "Firm One");
  const org2 = await createOrganisation(trainer.client, "Firm Two");
  const codes = (id: number) => query<{ code: string }>(server, "select manager_invite_code as code from organisations where id = ?", id)[0]!.code;
  clients.partner = (await signUp(server, { name: "Manager One" })).client;
  clients.otherPartner = (await signUp(server, { name: "Manager Two" })).client;
  expect((await clients.partner.post(`/partner/join/${codes(org1)}`, {})).status).toBe(303);
  expect((await clients.otherPartner.post(`/partner/join/${codes(org2)}`, {})).status).toBe(303);
  await trainer.client.post(`/partner/organisations/${org1}`, { intent: "commission", courseId: "rpa-foundations", seats: "3", startsOn: "2026-11-01", endsOn: "2027-03-31", languages: "uk" });
  const commission1Code = query<{ code: string }>(server, "select invite_code as code from commissions where organisation_id = ?", org1)[0]!.code;
  // Firm 1 is also a funder (of its own commission): its outcome report exists.
  expect((await trainer.client.post(`/trainer/organisations/${org1}/funder`, { intent: "funder", kind: "fund", minHours: "20", withinMonths: "6" })).status).toBe(303);

  const a = await createCohort(server, trainer.client, { name: "Team A", meetingSlot: "weekend" });
  const b = await createCohort(server, trainer.client, { name: "Team B", meetingSlot: "weekend" });
  const c = await createCohort(server, trainer.client, { name: "Team C", meetingSlot: "weekend" });
  const learner = await signUp(server, { name: "Learner A" });
  clients.learner = learner.client;
  expect((await learner.client.post(`/sponsored/${commission1Code}`, { languages: "uk", slots: "weekend", timeZone: "Asia/Tokyo" })).status).toBe(303);
  expect((await learner.client.post(`/join/${a.inviteCode}`, {})).status).toBe(303);
  const teammate = await signUp(server, { name: "Teammate A" });
  expect((await teammate.client.post(`/join/${a.inviteCode}`, {})).status).toBe(303);
  const other = await signUp(server, { name: "Learner B" });
  clients.otherLearner = other.client;
  expect((await other.client.post(`/join/${b.inviteCode}`, {})).status).toBe(303);
  const waiting = await signUp(server, { name: "Waiting" });
  clients.waiting = waiting.client;
  expect((await waiting.client.post("/courses/rpa-foundations/join", { intent: "request", languages: "uk", slots: "weekend", timeZone: "Asia/Tokyo" })).status).toBe(303);

  // Each team has a mentor; team A's mentor logs a session; team B's mentor is also proposed to team C.
  const mentor = await senior("Mentor A", "abcdefghijklmnop");
  const otherMentor = await senior("Mentor B", "bcdefghijklmnopq");
  clients.mentor = mentor.client;
  clients.otherMentor = otherMentor.client;
  const mentorshipA = await mentorFor(trainer.client, a.cohortId, mentor);
  const mentorshipB = await mentorFor(trainer.client, b.cohortId, otherMentor);
  for (const [m, id] of [[mentor, mentorshipA], [otherMentor, mentorshipB]] as const) {
    expect((await m.client.post("/mentor", { intent: "respond", mentorshipId: String(id), answer: "accept" })).status).toBe(303);
  }
  const proposalForOtherMentor = await mentorFor(trainer.client, c.cohortId, otherMentor);
  expect((await mentor.client.post(`/mentor/cohorts/${a.cohortId}/sessions`, { heldOn: "2026-11-20", minutes: "45", notes: "Private to staff", attendees: String(learner.id) })).status).toBe(303);

  // The team's own life: a help request, an exercise handed in.
  expect((await teammate.client.post(`/cohorts/${a.cohortId}`, { intent: "help", body: "Stuck on step 2" })).status).toBe(303);
  expect((await teammate.client.post("/courses/rpa-foundations/lessons/rpa-map-a-process", { intent: "exercise", answer: "My steps" })).status).toBe(303);

  // Team A's learner keeps a portfolio with nothing public; team A's mentor has an outcome ask due.
  expect((await learner.client.post("/portfolio", { handle: "learner-a", profileEn: "Hello" })).status).toBe(303);
  execute(server, "insert into outcome_reports (user_id, course_id, months, due_at) values (?, 'rpa-foundations', 0, 0)", mentor.id);
  // Firm 1's work orders: one open, one in progress with team B's mentor as its worker.
  const postOrder = async (title: string) => {
    const res = await clients.partner.post("/work/new", {
      organisationId: String(org1), titleUk: title, descriptionUk: "Опис", kind: "build_bot", courses: "rpa-foundations", languages: "uk",
      teamSize: "2", estimatedHours: "10", payKind: "hourly", payYen: "1500", deadline: "2027-01-31", checklist: "Крок 1",
    });
    expect(res.status).toBe(303);
    return Number(/\/work\/(\d+)/.exec(res.headers.get("location") ?? "")![1]);
  };
  const workOpen = await postOrder("Відкрите");
  const workActive = await postOrder("У роботі");
  expect((await otherMentor.client.post(`/work/${workActive}`, { intent: "apply", note: "Ready" })).status).toBe(303);
  const [application] = query<{ id: number }>(server, "select id from work_applications where order_id = ?", workActive);
  expect((await clients.partner.post(`/work/${workActive}`, { intent: "pick", applicationId: String(application!.id), confirm: "yes" })).status).toBe(303);
  const boundary = "matrixboundary";
  const upload = [`--${boundary}`, 'Content-Disposition: form-data; name="intent"', "", "deliverFile", `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="result.txt"', "Content-Type: text/plain", "", "The result", `--${boundary}--`, ""].join("\r\n");
  expect((await otherMentor.client.post(`/work/${workActive}/workspace`, upload, { contentType: `multipart/form-data; boundary=${boundary}` })).status).toBe(303);
  const [file] = query<{ id: number }>(server, "select id from work_deliverables where order_id = ? and stored_as is not null", workActive);

  world = {
    cohortA: a.cohortId,
    inviteA: a.inviteCode,
    inviteC: c.inviteCode,
    submissionA: query<{ id: number }>(server, "select id from exercise_submissions where user_id = ?", teammate.id)[0]!.id,
    helpA: query<{ id: number }>(server, "select id from help_requests where user_id = ?", teammate.id)[0]!.id,
    sessionA: query<{ id: number }>(server, "select id from mentor_sessions where cohort_id = ?", a.cohortId)[0]!.id,
    teammateA: teammate.id,
    certificate: "abcdefghijklmnop",
    org1,
    org2ManagerCode: codes(org2),
    commission1Code,
    sponsorshipOfLearner: query<{ id: number }>(server, "select id from sponsorships where user_id = ?", learner.id)[0]!.id,
    proposalForOtherMentor,
    mentorshipB,
    outcomeAsk: query<{ id: number }>(server, "select id from outcome_reports where user_id = ?", mentor.id)[0]!.id,
    portfolioHandle: "learner-a",
    workOpen,
    workActive,
    workFile: file!.id,
  };
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

function outcomeOf(res: Response, method: "GET" | "POST"): Outcome | `status ${number}` {
  const location = res.headers.get("location") ?? "";
  if (res.status === 404) return "no";
  if ([302, 303].includes(res.status) && new URL(location, "http://x").pathname === "/login") return "login";
  // 400 and 409: the action let the role in and its form or a rule of the model answered.
  if (res.status < 400 || (method === "POST" && (res.status === 400 || res.status === 409))) return "ok";
  return `status ${res.status}`;
}

/** Runs every cell of a table; one failure lists every wrong cell. */
async function walk(method: "GET" | "POST", cells: { label: string; send: (who: Role) => Promise<Response>; expected: Record<Role, Outcome> }[]) {
  const wrong: string[] = [];
  for (const cell of cells) {
    for (const who of ROLES) {
      const res = await cell.send(who);
      await res.arrayBuffer();
      const got = outcomeOf(res, method);
      if (got !== cell.expected[who]) wrong.push(`${cell.label} as ${who}: expected ${cell.expected[who]}, got ${got} (${res.status})`);
    }
  }
  expect(wrong).toEqual([]);
}

describe("the permission matrix, cell by cell", () => {
  it("GET: every route as every role", async () => {
    await walk(
      "GET",
      COVERED.map((file) => ({
        label: `GET ${ROWS[file]!.path(world)} (${file})`,
        send: (who: Role) => clients[who].get(ROWS[file]!.path(world)),
        expected: ROWS[file]!.get,
      })),
    );
  }, 120_000);

  it("POST: every action intent as every role", async () => {
    const order = [...COVERED.filter((f) => !RUN_LAST.includes(f)), ...RUN_LAST];
    const cells = order.flatMap((file) =>
      Object.entries(ROWS[file]!.post ?? {}).map(([intent, { body, expected }]) => {
        const path = (ROWS[file]!.postPath ?? ROWS[file]!.path)(world);
        return { label: `POST ${path} ${intent || "(form)"}`, send: (who: Role) => clients[who].post(path, body(world)), expected };
      }),
    );
    await walk("POST", cells);
  }, 120_000);
});
