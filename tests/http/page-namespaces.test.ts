import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAVED_PAGE_NAMESPACES } from "~/offline/protocol";
import type { Client } from "../support/http-client";
import { createCohort, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Each page names the translation namespaces its strings came from; the
// browser loads those (and no others) before it starts the page
// (docs/decisions/022-namespaces-per-page.md).
let server: TestServer;
let reader: Client;
let cohortId: number;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "1000" });
  const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
  let inviteCode: string;
  ({ cohortId, inviteCode } = await createCohort(server, trainer.client, { name: "Namespaces", locale: "uk" }));
  ({ client: reader } = await signUp(server, { name: "Reader", locale: "uk" }));
  await reader.post(`/join/${inviteCode}`, {});
});
afterAll(async () => {
  await server?.stop();
});

async function namespacesOf(client: Client, path: string): Promise<string[]> {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  const json = /<script id="kumi-i18n-namespaces" type="application\/json"[^>]*>([^<]*)<\/script>/.exec(await res.text())?.[1];
  expect(json).toBeDefined();
  return (JSON.parse(json!) as string[]).sort();
}

const LESSON = "/courses/rpa-foundations/lessons/rpa-what-rpa-is";

describe("the namespaces a page names", () => {
  it("are the ones its strings came from: a lesson needs the course and team strings, not the work board's or the e-mails'", async () => {
    expect(await namespacesOf(reader, LESSON)).toEqual(["common", "courses", "team"]);
    expect(await namespacesOf(reader, "/work")).toContain("work");
  });

  it("of every page kept for offline reading are among those loaded for it once she is signed in", async () => {
    for (const path of ["/learn", "/courses/rpa-foundations", LESSON, `/cohorts/${cohortId}`, "/offline"]) {
      const missing = (await namespacesOf(reader, path)).filter((ns) => !SAVED_PAGE_NAMESPACES.includes(ns));
      expect(missing, path).toEqual([]);
    }
  });

  it("are recorded per request: a second reader's page does not inherit the first one's", async () => {
    const [lesson, home] = await Promise.all([namespacesOf(reader, LESSON), namespacesOf(reader, "/")]);
    expect(lesson).toContain("courses");
    expect(home).toEqual(["common"]);
  });
});
