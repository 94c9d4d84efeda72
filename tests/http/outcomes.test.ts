import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Malformed requests to the outcome, funder and portfolio pages are 404s or
// translated 400s, never 500s; the funder CSV says "fewer than 3" where the page does.

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
});
afterAll(async () => {
  await server?.stop();
});

describe("outcomes over HTTP", () => {
  it("answers malformed addresses and forms without a 500", async () => {
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer", "admin"] });
    const org = Number(/(\d+)$/.exec((await trainer.client.post("/trainer/organisations", { name: "Fund" })).headers.get("location") ?? "")![1]);
    const grad = await signUp(server, { name: "Graduate", locale: "uk" });
    execute(server, "insert into certificates (code, user_id, course_id, holder_name, created_at) values ('gradcert12345678', ?, 'rpa-foundations', 'G', ?)", grad.id, Date.now() - 100 * 86_400_000);
    expect((await grad.client.get("/learn")).status).toBe(200); // makes her asks
    const ask = query<{ id: number }>(server, "select id from outcome_reports where user_id = ? and months = 0", grad.id)[0]!.id;

    for (const path of ["/outcomes/abc", "/outcomes/0", "/outcomes/99999999999", `/funders/${org}`, "/funders/x/report.csv", "/portfolio/UPPER", "/portfolio/a%00b", "/portfolio/-x-"]) {
      expect((await grad.client.get(path)).status, path).toBe(404);
    }
    for (const body of [{ status: "maybe", incomeBand: "none" }, { status: "working", incomeBand: "none", hoursPerWeek: "lots" }, { status: "working", incomeBand: "none", employerKind: "company", hoursPerWeek: "999" }, { consentFunder: "sure" }] as Record<string, string>[]) {
      const res = await grad.client.post(`/outcomes/${ask}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await grad.client.post("/portfolio", { handle: "x".repeat(500) })).status).toBe(400);
    expect((await grad.client.post("/portfolio/whatever", { intent: "visibility", kind: "nonsense" })).status).toBe(404);
    expect((await trainer.client.post(`/trainer/organisations/${org}/funder`, { intent: "funder", kind: "bond", minHours: "x", withinMonths: "-1" })).status).toBe(400);
    expect((await trainer.client.post(`/trainer/organisations/${org}/funder`, { intent: "funder", kind: "fund", minHours: "20", withinMonths: "6" })).status).toBe(303);
    expect((await trainer.client.post(`/trainer/organisations/${org}/funder`, { intent: "seats", commissionId: "9999999999", seats: "3" })).status).toBe(404);

    // The CSV (an admin may read it): ISO date, and "fewer than 3" for every figure about people.
    const csv = await trainer.client.get(`/funders/${org}/report.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain("fewer than 3");
    expect(text).toContain("Places funded,0");
  }, 120_000);
});
