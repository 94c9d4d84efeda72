import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http-client";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Issue 13, points 3, 4 and 9 over HTTP: a check-in is never overwritten by a
// form that did not show it; actions that affect others are refused without
// an explicit confirmation; one's own actions can be undone; the CSV report's
// refusal is the translated error page.

let server: TestServer;
let trainer: Client;
let learner: { client: Client; id: number };
let teammate: { client: Client; id: number };
let cohortId: number;
let org: number;

const READING = "/courses/rpa-foundations/lessons/rpa-what-rpa-is";
const TEAM_ACTIVITY = "/courses/rpa-foundations/lessons/rpa-team-process-hunt";

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"] })).client;
  const cohort = await createCohort(server, trainer, { name: "Team Confirm" });
  cohortId = cohort.cohortId;
  learner = await signUp(server, { name: "Olha", locale: "uk" });
  teammate = await signUp(server, { name: "Aiko", locale: "ja" });
  for (const who of [learner, teammate]) expect((await who.client.post(`/join/${cohort.inviteCode}`, {})).status).toBe(303);
  const res = await trainer.post("/trainer/organisations", { name: "Firm Confirm" });
  org = Number(/\/partner\/organisations\/(\d+)/.exec(res.headers.get("location")!)![1]);
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const checkInOf = (userId: number) => query<{ id: number; did: string; blockers: string }>(server, "select id, did, blockers from check_ins where user_id = ?", userId);

describe("this week's check-in", () => {
  it("a second, empty form never overwrites it (409, both fields kept); an edit of it saves both fields", async () => {
    const first = await learner.client.post(`/cohorts/${cohortId}`, { intent: "checkin", did: "Read module 1", blockers: "No Windows PC at home" });
    expect(first.status).toBe(303);
    const [saved] = checkInOf(learner.id);

    // A form opened before the first save (another window) does not name it.
    const stale = await learner.client.post(`/cohorts/${cohortId}`, { intent: "checkin", did: "Finished the quiz" });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Ви вже надіслали звіт цього тижня");
    expect(checkInOf(learner.id)).toEqual([saved]);

    // The board shows it, and the edit form holds both fields.
    const board = await (await learner.client.get(`/cohorts/${cohortId}`)).text();
    expect(board).toContain(`name="editing" value="${saved!.id}"`);
    expect(board).toMatch(/<textarea[^>]*name="blockers"[^>]*>No Windows PC at home<\/textarea>/);

    const edit = await learner.client.post(`/cohorts/${cohortId}`, { intent: "checkin", editing: String(saved!.id), did: "Read module 1 and the quiz", blockers: "No Windows PC at home" });
    expect(edit.status).toBe(303);
    expect(checkInOf(learner.id)).toEqual([{ id: saved!.id, did: "Read module 1 and the quiz", blockers: "No Windows PC at home" }]);
  });
});

describe("actions that affect others need an explicit confirmation", () => {
  it("'our team did this together' without confirm=yes is a translated 400 and marks nobody; with it, everyone", async () => {
    const refused = await learner.client.post(TEAM_ACTIVITY, { intent: "team" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Спершу підтвердьте цю дію");
    const done = () => query(server, "select user_id from lesson_progress where lesson_id = 'rpa-team-process-hunt' and completed_at is not null");
    expect(done()).toEqual([]);
    // The same refusal in Japanese for the teammate.
    const ja = await teammate.client.post(TEAM_ACTIVITY, { intent: "team", confirm: "no" });
    expect(ja.status).toBe(400);
    expect(await ja.text()).toContain("先に確認してください");
    expect(done()).toEqual([]);

    expect((await learner.client.post(TEAM_ACTIVITY, { intent: "team", confirm: "yes" })).status).toBe(303);
    expect(done()).toHaveLength(2);
  });

  it("ending a mentorship (trainer and mentor) is refused without confirmation, and it goes on", async () => {
    const senior = await signUp(server, { name: "Senior", locale: "uk" });
    execute(server, "insert into certificates (code, user_id, course_id, holder_name) values ('confirmcode23456', ?, 'rpa-foundations', 'Senior')", senior.id);
    expect((await senior.client.post("/mentor", { intent: "profile", languages: "uk", slots: "weekday-evening", capacity: "2", status: "active", listed: "yes" })).status).toBe(303);
    expect((await trainer.post(`/trainer/cohorts/${cohortId}/mentor`, { intent: "propose", mentorId: String(senior.id) })).status).toBe(303);
    const [m] = query<{ id: number }>(server, "select id from mentorships where mentor_id = ?", senior.id);
    expect((await senior.client.post("/mentor", { intent: "respond", mentorshipId: String(m!.id), answer: "accept" })).status).toBe(303);
    const state = () => query<{ state: string }>(server, "select state from mentorships where id = ?", m!.id)[0]!.state;

    const byMentor = await senior.client.post("/mentor", { intent: "end", mentorshipId: String(m!.id) });
    expect(byMentor.status).toBe(400);
    expect(await byMentor.text()).toContain("Спершу підтвердьте цю дію");
    const byTrainer = await trainer.post(`/trainer/cohorts/${cohortId}/mentor`, { intent: "end", mentorshipId: String(m!.id) });
    expect(byTrainer.status).toBe(400);
    expect(state()).toBe("active");

    // The page asks first: the real button sits inside the disclosure and sends the confirmation.
    const page = await (await senior.client.get("/mentor")).text();
    expect(page).toMatch(/<details class="confirm"><summary>Завершити наставництво цієї команди<\/summary>[\s\S]*?name="confirm" value="yes"/);

    expect((await senior.client.post("/mentor", { intent: "end", mentorshipId: String(m!.id), confirm: "yes" })).status).toBe(303);
    expect(state()).not.toBe("active");
  });

  it("revoking a staff link is refused without confirmation, and the link keeps working", async () => {
    await trainer.post(`/partner/organisations/${org}`, { intent: "commission", courseId: "rpa-foundations", seats: "3", startsOn: "2026-11-01", endsOn: "2027-03-31", languages: "uk" });
    const [c] = query<{ id: number }>(server, "select id from commissions where organisation_id = ?", org);
    const revoked = () => query<{ at: number | null }>(server, "select revoked_at as at from commissions where id = ?", c!.id)[0]!.at;
    const refused = await trainer.post(`/partner/organisations/${org}`, { intent: "revoke", commissionId: String(c!.id) });
    expect(refused.status).toBe(400);
    expect(revoked()).toBeNull();
    const ok = await trainer.post(`/partner/organisations/${org}`, { intent: "revoke", commissionId: String(c!.id), confirm: "yes" });
    expect(ok.status).toBe(303);
    expect(revoked()).not.toBeNull();
  });
});

describe("one's own actions can be undone", () => {
  const completed = (userId: number) =>
    query<{ at: number | null }>(server, "select completed_at as at from lesson_progress where user_id = ? and lesson_id = 'rpa-what-rpa-is'", userId)[0]?.at ?? null;

  it("'mark as not done' takes back one's own completion, and a second click changes nothing", async () => {
    expect((await learner.client.post(READING, { intent: "complete" })).status).toBe(303);
    expect(completed(learner.id)).not.toBeNull();
    const page = await (await learner.client.get(READING)).text();
    expect(page).toContain("Позначити як незавершений");
    const undo = await learner.client.post(READING, { intent: "uncomplete" });
    expect(undo.status).toBe(303);
    expect(undo.headers.get("location")).toContain("ok=uncompletedNow");
    expect(completed(learner.id)).toBeNull();
    expect((await learner.client.post(READING, { intent: "uncomplete" })).status).toBe(303);
    expect(completed(learner.id)).toBeNull();
    // It can be completed again.
    expect((await learner.client.post(READING, { intent: "complete" })).status).toBe(303);
    expect(completed(learner.id)).not.toBeNull();
  });

  it("a completion someone else recorded, or one that earned the certificate, is not undone (409, translated)", async () => {
    expect((await teammate.client.post(READING, { intent: "complete" })).status).toBe(303);
    execute(server, "update lesson_progress set completed_by = ? where user_id = ? and lesson_id = 'rpa-what-rpa-is'", learner.id, teammate.id);
    const notYours = await teammate.client.post(READING, { intent: "uncomplete" });
    expect(notYours.status).toBe(409);
    expect(await notYours.text()).toContain("チームでいっしょに完了にしたため");
    expect(completed(teammate.id)).not.toBeNull();

    execute(server, "insert into certificates (code, user_id, course_id, holder_name) values ('undocertificate2', ?, 'rpa-foundations', 'Olha')", learner.id);
    const certified = await learner.client.post(READING, { intent: "uncomplete" });
    expect(certified.status).toBe(409);
    expect(await certified.text()).toContain("Сертифікат за цей курс уже видано");
    expect(completed(learner.id)).not.toBeNull();
  });

  it("a withdrawn consent can be given again, by its learner only", async () => {
    const [c] = query<{ invite: string }>(server, "select invite_code as invite from commissions where organisation_id = ?", org);
    // A fresh, open commission (the first one was revoked above).
    await trainer.post(`/partner/organisations/${org}`, { intent: "commission", courseId: "rpa-foundations", seats: "3", startsOn: "2026-11-01", endsOn: "2027-03-31", languages: "uk" });
    const [open] = query<{ invite: string }>(server, "select invite_code as invite from commissions where organisation_id = ? and revoked_at is null", org);
    expect(open!.invite).not.toBe(c!.invite);
    const sponsored = await signUp(server, { name: "Sponsored", locale: "uk" });
    expect((await sponsored.client.post(`/sponsored/${open!.invite}`, { languages: "uk", slots: "weekend", timeZone: "Asia/Tokyo" })).status).toBe(303);
    const [s] = query<{ id: number }>(server, "select id from sponsorships where user_id = ?", sponsored.id);
    const withdrawn = () => query<{ at: number | null }>(server, "select withdrawn_at as at from sponsorships where id = ?", s!.id)[0]!.at;

    expect((await sponsored.client.post("/learn", { intent: "withdraw", sponsorshipId: String(s!.id) })).status).toBe(303);
    expect(withdrawn()).not.toBeNull();
    const page = await (await sponsored.client.get("/learn")).text();
    expect(page).toContain("Знову ділитися моїм прогресом з компанією Firm Confirm");

    // Nobody else can give it for her.
    expect((await learner.client.post("/learn", { intent: "consent", sponsorshipId: String(s!.id) })).status).toBe(404);
    expect(withdrawn()).not.toBeNull();

    const again = await sponsored.client.post("/learn", { intent: "consent", sponsorshipId: String(s!.id) });
    expect(again.status).toBe(303);
    expect(withdrawn()).toBeNull();
  });
});

describe("the CSV report without access", () => {
  it("is the translated, styled 404 page in the viewer's language with a way back; a manager still gets the file", async () => {
    for (const [who, lang, title] of [
      [learner.client, "uk", "Сторінку не знайдено"],
      [teammate.client, "ja", "ページが見つかりません"],
    ] as const) {
      const res = await who.get(`/partner/organisations/${org}/report.csv`);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("text/html");
      const html = await res.text();
      expect(html).toContain(`lang="${lang}"`);
      expect(html).toContain(title);
      expect(html).toContain('href="/"');
    }
    const file = await trainer.get(`/partner/organisations/${org}/report.csv`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("cache-control")).toBe("private, no-store");
    expect(await file.text()).not.toContain("<html");
  });
});
