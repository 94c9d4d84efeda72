import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../support/http-client";
import { createCohort, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// A bad submission to any form: a 400 (never a 500), what was typed is in the
// page again, and the field says it is invalid and points at its translated message.
let server: TestServer;
let trainer: Client;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Tomoko Trainer", roles: ["trainer"] })).client;
});
afterAll(async () => {
  await server?.stop();
});

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** The field named `name` in the page: its tag, and the text of what its aria-describedby points at. */
function field(html: string, name: string) {
  const tag = new RegExp(`<(input|textarea|select)[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? "";
  const describedBy = /aria-describedby="([^"]*)"/.exec(tag)?.[1];
  const messages = (describedBy ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1])
    .map((text) => (text === undefined ? undefined : decode(text)));
  return { tag, invalid: /aria-invalid="true"/.test(tag), messages };
}

function textareaValue(html: string, name: string) {
  const match = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(html);
  return match ? decode(match[1]!) : undefined;
}

describe("a bad submission is answered with the form, its values and its errors", () => {
  it("sign-up: a malformed e-mail is marked, explained and kept", async () => {
    const res = await new Client(server.url, { acceptLanguage: "en" }).post("/signup", {
      name: "Mariia Shevchenko",
      email: "mariia-at-example",
      password: "a long enough password",
      locale: "en",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    const email = field(html, "email");
    expect(email.invalid).toBe(true);
    expect(email.messages).toContain("This does not look like an e-mail address (for example: name@example.com).");
    expect(email.tag).toContain('value="mariia-at-example"');
    expect(field(html, "name").invalid).toBe(false);
    expect(field(html, "name").tag).toContain('value="Mariia Shevchenko"');
    expect(html).toMatch(/class="form-error" role="alert"[^>]*>Please check the fields marked below\./);
  });

  it("team board: an empty check-in is marked and explained, the blockers kept", async () => {
    const { cohortId, inviteCode } = await createCohort(server, trainer, { name: "Team Forms" });
    const { client } = await signUp(server, { name: "Olena" });
    expect((await client.post(`/join/${inviteCode}`, {})).status).toBe(303);
    const res = await client.post(`/cohorts/${cohortId}`, { intent: "checkin", did: "   ", blockers: "Stuck on loops" });
    expect(res.status).toBe(400);
    const html = await res.text();
    const did = field(html, "did");
    expect(did.invalid).toBe(true);
    expect(did.messages).toContain("Please fill this in.");
    expect(textareaValue(html, "blockers")).toBe("Stuck on loops");
    // The other forms on the page do not take the check-in's errors as theirs.
    expect(field(html, "body").invalid).toBe(false);
  });

  it("trainer: a cohort name over the limit is marked, explained and kept", async () => {
    const name = "N".repeat(121);
    const res = await trainer.post("/trainer/cohorts", {
      courseId: "rpa-foundations",
      name,
      locale: "uk",
      meetingSlot: "weekday-evening",
      startDate: "2026-11-02",
      weeksPerModule: "2",
      timeZone: "Asia/Tokyo",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    const input = field(html, "name");
    expect(input.invalid).toBe(true);
    expect(input.messages).toContain("Please keep this under 120 characters.");
    expect(input.tag).toContain(`value="${name}"`);
    expect(field(html, "startDate").tag).toContain('value="2026-11-02"');
  });

  it("trainer: an empty organisation name is a 400 with the message, not a 500", async () => {
    const res = await trainer.post("/trainer/organisations", { name: "" });
    expect(res.status).toBe(400);
    const input = field(await res.text(), "name");
    expect(input.invalid).toBe(true);
    expect(input.messages).toContain("Please fill this in.");
  });

  it("a body that is not a form: 415 with the translated message in the form-level area", async () => {
    const res = await trainer.post("/trainer/organisations", "{}", { contentType: "application/json" });
    expect(res.status).toBe(415);
    expect(await res.text()).toMatch(/class="form-error" role="alert"[^>]*>This form could not be read/);
  });
});

afterAll(() => {
  expect(server.output()).not.toMatch(/\[error\]/);
});

