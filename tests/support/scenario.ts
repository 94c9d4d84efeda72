import { openDatabase } from "#db/client";
import { Client, uniqueEmail } from "./http-client";
import { verificationLink } from "./mail";
import type { TestServer } from "./server";

/** A signed-up user (through the real sign-up form and verification e-mail, then signed in), optionally given extra roles. */
export async function signUp(
  server: TestServer,
  options: { name?: string; locale?: "en" | "uk" | "ja"; roles?: string[] } = {},
): Promise<{ client: Client; email: string; id: number }> {
  const locale = options.locale ?? "en";
  const client = new Client(server.url, { acceptLanguage: locale });
  const email = uniqueEmail(options.name?.split(" ")[0]?.toLowerCase() ?? "user");
  const password = "a long password";
  const res = await client.post("/signup", { name: options.name ?? "Learner", email, password, locale });
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  // As a person would: follow the link from the verification e-mail, then sign in.
  const verified = await client.get(verificationLink(server.dbPath, email));
  if (verified.status !== 200) throw new Error(`verification failed: ${verified.status}`);
  const login = await client.post("/login", { email, password });
  if (login.status !== 302) throw new Error(`sign-in after sign-up failed: ${login.status} ${await login.text()}`);
  const { sqlite } = openDatabase(server.dbPath, { migrate: false });
  try {
    const { id } = sqlite.prepare("select id from users where email = ?").get(email) as { id: number };
    for (const role of options.roles ?? []) sqlite.prepare("insert into user_roles (user_id, role) values (?, ?)").run(id, role);
    return { client, email, id };
  } finally {
    sqlite.close();
  }
}

/** Creates a cohort through the trainer's form; returns its id and invite code. */
export async function createCohort(
  server: TestServer,
  trainer: Client,
  fields: Partial<Record<"courseId" | "name" | "locale" | "meetingSlot" | "startDate", string>> = {},
): Promise<{ cohortId: number; inviteCode: string }> {
  const res = await trainer.post("/trainer/cohorts", {
    courseId: "rpa-foundations",
    name: "Team Sakura",
    locale: "uk",
    meetingSlot: "weekday-evening",
    meetingNote: "Tuesdays 19:00",
    startDate: "2026-11-02",
    weeksPerModule: "2",
    timeZone: "Asia/Tokyo",
    ...fields,
  });
  if (res.status !== 303) throw new Error(`create cohort failed: ${res.status}`);
  const cohortId = Number(/\/trainer\/cohorts\/(\d+)/.exec(res.headers.get("location") ?? "")![1]);
  const { sqlite } = openDatabase(server.dbPath, { migrate: false });
  try {
    const { invite_code } = sqlite.prepare("select invite_code from cohorts where id = ?").get(cohortId) as { invite_code: string };
    return { cohortId, inviteCode: invite_code };
  } finally {
    sqlite.close();
  }
}

/** Runs a query against the server's database file (for assertions). */
export function query<T>(server: TestServer, sql: string, ...params: unknown[]): T[] {
  const { sqlite } = openDatabase(server.dbPath, { migrate: false });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/** Runs a statement against the server's database file. */
export function execute(server: TestServer, sql: string, ...params: unknown[]): void {
  const { sqlite } = openDatabase(server.dbPath, { migrate: false });
  try {
    sqlite.prepare(sql).run(...params);
  } finally {
    sqlite.close();
  }
}
