import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCohort, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";
import { Client } from "../support/http-client";

let server: TestServer;
let trainer: Client;
let learner: { client: Client; id: number };
let cohortId: number;

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Tomoko Trainer", roles: ["trainer"], locale: "uk" })).client;
  ({ cohortId } = await createCohort(server, trainer, { name: "Team Kyiv", startDate: "2026-11-02" }));
  learner = await signUp(server, { name: "Olena", locale: "uk" });
  const [{ invite_code }] = query<{ invite_code: string }>(server, "select invite_code from cohorts where id = ?", cohortId) as [{ invite_code: string }];
  expect((await learner.client.post(`/join/${invite_code}`, {})).status).toBe(303);
});
afterAll(async () => {
  await server?.stop();
});

function weeklyEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
  return { events, weekly: events.find((e) => e.isRecurring()) };
}

describe("team name and weekly meeting", () => {
  it("lets staff rename the team; learners cannot", async () => {
    const res = await trainer.post(`/cohorts/${cohortId}/settings`, { intent: "rename", back: "trainer", name: "  Команда Київ  " });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/trainer/cohorts/${cohortId}?ok=saved`);
    expect(query(server, "select name from cohorts where id = ?", cohortId)).toEqual([{ name: "Команда Київ" }]);
    expect((await learner.client.post(`/cohorts/${cohortId}/settings`, { intent: "rename", name: "Mine" })).status).toBe(404);
    expect((await learner.client.get(`/cohorts/${cohortId}/settings`)).status).toBe(404);
  });

  it("refuses a broken link with a translated message and keeps what was typed", async () => {
    const res = await trainer.post(`/cohorts/${cohortId}/settings`, { intent: "meeting", back: "board", weekday: "2", time: "7pm", timeZone: "Europe/Kyiv", place: "https://zoom us/j/1" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Введіть час, наприклад 19:30.");
    expect(html).toContain("Це посилання не працює.");
    expect(html).toContain('value="https://zoom us/j/1"');
    expect(query(server, "select meeting_weekday from cohorts where id = ?", cohortId)).toEqual([{ meeting_weekday: null }]);
  });

  it("sets the meeting and shows it on the board, also in the learner's own time", async () => {
    const res = await trainer.post(`/cohorts/${cohortId}/settings`, { intent: "meeting", back: "board", weekday: "2", time: "19:00", timeZone: "Europe/Kyiv", place: "https://meet.example.org/kyiv" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/cohorts/${cohortId}?team=saved#meeting`);
    const board = await (await learner.client.get(`/cohorts/${cohortId}`)).text();
    expect(board).toContain("Щотижня: вівторок, 19:00");
    // The learner gave no zone of her own, so she reads times in Japan's: 02:00 on Wednesday in winter.
    expect(board).toContain("За вашим часом: середа 02:00");
    expect(board).toContain('href="https://meet.example.org/kyiv"');
    expect(board).toContain(`href="/cohorts/${cohortId}/meeting.ics"`);
    // Learners see the meeting but get no forms to change it.
    expect(board).not.toContain('name="intent" value="meeting"');
  });

  it("offers the team's calendar file to its members only", async () => {
    const res = await learner.client.get(`/cohorts/${cohortId}/meeting.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const { weekly } = weeklyEvent(await res.text());
    expect(weekly?.summary).toBe("Зустріч команди: Команда Київ");
    expect(weekly?.startDate.zone.tzid).toBe("Europe/Kyiv");
    const stranger = await signUp(server, { name: "Stranger" });
    expect((await stranger.client.get(`/cohorts/${cohortId}/meeting.ics`)).status).toBe(404);
  });
});

describe("private calendar feed", () => {
  it("creates a feed that works signed out, renews it and revokes it", async () => {
    const created = await learner.client.post("/account/calendar", { intent: "create" });
    expect(created.status).toBe(200);
    const url = /value="(http[^"]+\/calendar\/([a-z2-7]{32})\.ics)"/.exec(await created.text());
    expect(url).not.toBeNull();
    const [, address, secret] = url!;
    const path = new URL(address!).pathname;
    // Only a hash is kept.
    const [row] = query<{ secret_hash: string }>(server, "select secret_hash from calendar_feeds where user_id = ?", learner.id);
    expect(row!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.secret_hash).not.toContain(secret!);

    const signedOut = new Client(server.url);
    const feed = await signedOut.get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("cache-control")).toBe("private, no-store");
    const { weekly, events } = weeklyEvent(await feed.text());
    const rule = weekly!.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    expect(rule.getComponent("byday")).toEqual(["TU"]);
    expect(weekly!.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Kyiv");
    expect(weekly!.startDate.toString()).toBe("2026-11-03T19:00:00");
    const due = query<{ due_date: string }>(server, "select due_date from cohort_module_due where cohort_id = ? order by due_date", cohortId).map((r) => r.due_date);
    expect(events.filter((e) => e.startDate.isDate).map((e) => e.startDate.toString()).sort()).toEqual(due);

    // The page shows that a feed exists, but never the address again.
    const page = await (await learner.client.get("/account/calendar")).text();
    expect(page).not.toContain(secret!);

    // Renewing stops the old address.
    const renewed = await learner.client.post("/account/calendar", { intent: "create" });
    const newPath = new URL(/value="(http[^"]+\.ics)"/.exec(await renewed.text())![1]!).pathname;
    expect((await signedOut.get(path)).status).toBe(404);
    expect((await signedOut.get(newPath)).status).toBe(200);

    expect((await learner.client.post("/account/calendar", { intent: "revoke" })).status).toBe(200);
    expect((await signedOut.get(newPath)).status).toBe(404);
    expect(query(server, "select count(*) as n from calendar_feeds where user_id = ?", learner.id)).toEqual([{ n: 0 }]);
  });

  it("answers 404 to unknown and malformed addresses", async () => {
    const signedOut = new Client(server.url);
    for (const path of ["/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics", "/calendar/short.ics", "/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]) {
      expect((await signedOut.get(path)).status, path).toBe(404);
    }
  });
});
