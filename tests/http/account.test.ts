import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../support/http-client";
import { createCohort, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// /account and /admin over HTTP on the built server, JavaScript off: every
// section is a plain form post answered with a redirect or the form again.

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
});
afterAll(async () => {
  await server?.stop();
});

const PASSWORD = "a long password";
const NEW_PASSWORD = "violet harbour kettle 42";

async function signIn(email: string, password: string, redirectTo?: string) {
  const client = new Client(server.url);
  const res = await client.post("/login", { email, password, ...(redirectTo ? { redirectTo } : {}) });
  return { client, res };
}

describe("my account", () => {
  it("sends a signed-out visitor to sign in", async () => {
    const res = await new Client(server.url).get("/account");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login?redirectTo=%2Faccount");
  });

  it("changes name, language and time zone; the next page is in the new language", async () => {
    const me = await signUp(server, { name: "Iryna" });
    const res = await me.client.post("/account", { intent: "profile", name: "Iryna K.", locale: "ja", timeZone: "Europe/Kyiv" });
    expect(res.status).toBe(303);
    const page = await (await me.client.get("/account")).text();
    expect(page).toContain('lang="ja"');
    expect(page).toContain("マイアカウント");
    expect(page).toContain("Iryna K.");
    expect(query(server, "select locale, time_zone as tz from users where id = ?", me.id)).toEqual([{ locale: "ja", tz: "Europe/Kyiv" }]);
  });

  it("answers a bad form with 400, a translated message and what was typed", async () => {
    const me = await signUp(server, { locale: "uk" });
    const res = await me.client.post("/account", { intent: "profile", name: "Kept name", locale: "uk", timeZone: "Mars/Olympus" });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("Kept name");
    expect(query(server, "select time_zone as tz from users where id = ?", me.id)).toEqual([{ tz: "Asia/Tokyo" }]);
  });

  it("saves meeting times, and a waiting request takes them too", async () => {
    const me = await signUp(server);
    await me.client.post("/courses/rpa-foundations/join", { intent: "request", languages: "en", slots: "weekend", timeZone: "Asia/Tokyo" });
    expect((await me.client.post("/account", { intent: "availability", slots: "weekday-evening" })).status).toBe(303);
    expect(query(server, "select meeting_slots as s from users where id = ?", me.id)).toEqual([{ s: '["weekday-evening"]' }]);
    expect(query(server, "select slots as s from enrolment_requests where user_id = ?", me.id)).toEqual([{ s: '["weekday-evening"]' }]);
  });

  it("changes the password only with the current one, and signs out every other session", async () => {
    const me = await signUp(server);
    const { client: phone } = await signIn(me.email, PASSWORD);
    expect((await phone.get("/account")).status).toBe(200);

    const wrong = await me.client.post("/account", { intent: "password", currentPassword: "not my password", newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(403);
    const page = await wrong.text();
    expect(page).toContain("This is not your current password.");
    expect(page).not.toContain("not my password");
    expect(page).not.toContain(NEW_PASSWORD);

    expect((await me.client.post("/account", { intent: "password", currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(303);
    expect((await me.client.get("/account")).status).toBe(200);
    expect((await phone.get("/account")).status).toBe(302);
    expect((await signIn(me.email, PASSWORD)).res.status).toBe(401);
    expect((await signIn(me.email, NEW_PASSWORD)).res.status).toBe(302);
  });

  it("signs out everywhere, this session too", async () => {
    const me = await signUp(server);
    const { client: laptop } = await signIn(me.email, PASSWORD);
    const res = await me.client.post("/account", { intent: "signOutEverywhere" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
    expect((await me.client.get("/account")).status).toBe(302);
    expect((await laptop.get("/account")).status).toBe(302);
  });

  it("saves notification choices and refuses one a kind does not offer", async () => {
    const me = await signUp(server);
    expect((await me.client.post("/account", { intent: "notifications", nudge: "off", help_reply: "digest" })).status).toBe(303);
    expect(query(server, "select kind, delivery from notification_preferences where user_id = ? order by kind", me.id)).toEqual([
      { kind: "help_reply", delivery: "digest" },
      { kind: "nudge", delivery: "off" },
    ]);
    expect((await me.client.post("/account", { intent: "notifications", digest: "app" })).status).toBe(400);
  });

  it("downloads my data as one JSON attachment, never with the hash", async () => {
    const me = await signUp(server, { name: "Daria" });
    const res = await me.client.get("/account/data");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="kumi-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.profile).toMatchObject({ name: "Daria", email: me.email });
    expect(text).not.toContain("argon2");
  });

  it("deletes the account with the password; sign-in is refused afterwards", async () => {
    const me = await signUp(server, { name: "Leaving" });
    const missing = await me.client.post("/account", { intent: "delete", currentPassword: PASSWORD });
    expect(missing.status).toBe(400);
    expect((await me.client.post("/account", { intent: "delete", currentPassword: "wrong", certificatePage: "remove" })).status).toBe(403);
    const res = await me.client.post("/account", { intent: "delete", currentPassword: PASSWORD, certificatePage: "remove" });
    expect(res.status).toBe(303);
    expect((await me.client.get("/account")).status).toBe(302);
    expect((await signIn(me.email, PASSWORD)).res.status).toBe(401);
    expect(query(server, "select name, password_hash as h from users where id = ?", me.id)).toEqual([{ name: "", h: "!deleted" }]);
  });

  it("shows a deleted learner as a former member on the team's and the trainer's pages", async () => {
    const trainer = await signUp(server, { name: "Trainer of a leaver", roles: ["trainer"] });
    const { cohortId, inviteCode } = await createCohort(server, trainer.client, { name: "Team with a leaver" });
    const leaver = await signUp(server, { name: "Halyna Leaving" });
    const stays = await signUp(server, { name: "Stays On" });
    for (const who of [leaver, stays]) expect((await who.client.post(`/join/${inviteCode}`, {})).status).toBe(303);
    expect((await leaver.client.post(`/cohorts/${cohortId}`, { intent: "help", body: "Where is the sample file?" })).status).toBeLessThan(400);
    expect((await leaver.client.post("/account", { intent: "delete", currentPassword: PASSWORD, certificatePage: "remove" })).status).toBe(303);
    for (const [client, path] of [
      [stays.client, `/cohorts/${cohortId}`],
      [trainer.client, `/trainer/cohorts/${cohortId}`],
    ] as const) {
      const html = await (await client.get(path)).text();
      expect(html, path).toContain("Former member");
      expect(html, path).not.toContain("Halyna Leaving");
    }
  });
});

describe("the admin area", () => {
  it("is a 404 for a trainer and a learner", async () => {
    const trainer = await signUp(server, { roles: ["trainer"] });
    const learner = await signUp(server);
    for (const c of [trainer.client, learner.client]) {
      for (const path of ["/admin", "/admin/audit", `/admin/users/${learner.id}`]) expect((await c.get(path)).status).toBe(404);
      expect((await c.post(`/admin/users/${learner.id}`, { intent: "disable" })).status).toBe(404);
    }
    expect(query(server, "select disabled_at from users where id = ?", learner.id)).toEqual([{ disabled_at: null }]);
  });

  it("finds people, disables one (signed out, sign-in refused with a message), enables again, and logs it all", async () => {
    const admin = await signUp(server, { name: "Admin Ada", roles: ["admin"] });
    const target = await signUp(server, { name: "Searchable Sofiia" });
    const list = await (await admin.client.get("/admin?q=searchable")).text();
    expect(list).toContain("Searchable Sofiia");
    expect(list).toContain(target.email);
    expect(list).not.toMatch(/argon2|password_hash/);

    expect((await admin.client.post(`/admin/users/${target.id}`, { intent: "disable" })).status).toBe(303);
    expect((await target.client.get("/account")).status).toBe(302);
    const refused = await signIn(target.email, PASSWORD);
    expect(refused.res.status).toBe(403);
    expect(await refused.res.text()).toContain("This account is disabled.");
    // A wrong password still gets the usual answer: nothing is told to a stranger.
    expect((await signIn(target.email, "wrong password")).res.status).toBe(401);

    expect((await admin.client.post(`/admin/users/${target.id}`, { intent: "enable" })).status).toBe(303);
    expect((await signIn(target.email, PASSWORD)).res.status).toBe(302);
    expect((await admin.client.post(`/admin/users/${target.id}`, { intent: "roles", roles: "trainer" })).status).toBe(303);
    expect((await admin.client.post(`/admin/users/${target.id}`, { intent: "sendReset" })).status).toBe(303);
    expect(query(server, "select count(*) as n from mail_outbox where user_id = ? and kind = 'reset_password'", target.id)).toEqual([{ n: 1 }]);
    // Their own account is not theirs to change.
    expect((await admin.client.post(`/admin/users/${admin.id}`, { intent: "disable" })).status).toBe(409);

    expect(query(server, "select action from audit_log where target_user_id = ? order by id", target.id).map((r) => (r as { action: string }).action)).toEqual([
      "disabled",
      "enabled",
      "roles_changed",
      "reset_link_sent",
    ]);
    const audit = await (await admin.client.get("/admin/audit")).text();
    expect(audit).toContain("Admin Ada disabled the account of Searchable Sofiia");
  });
});

describe("where sign-in lands", () => {
  it("takes each role to its page when no page was asked for, and honours redirectTo", async () => {
    const admin = await signUp(server, { roles: ["admin", "trainer"] });
    const trainer = await signUp(server, { roles: ["trainer"] });
    const learner = await signUp(server);
    expect((await signIn(admin.email, PASSWORD)).res.headers.get("location")).toBe("/admin");
    expect((await signIn(trainer.email, PASSWORD)).res.headers.get("location")).toBe("/trainer/cohorts");
    expect((await signIn(learner.email, PASSWORD)).res.headers.get("location")).toBe("/courses");
    expect((await signIn(admin.email, PASSWORD, "/notifications")).res.headers.get("location")).toBe("/notifications");
  });
});
