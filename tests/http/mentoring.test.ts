import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";
import type { Client } from "../support/http-client";

let server: TestServer;
let trainer: Client;
let senior: { client: Client; id: number };
let mentee: Client;
let cohortA: number;
let cohortB: number;

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"] })).client;
  senior = await signUp(server, { name: "Senior", locale: "uk" });
  // A senior: someone holding a certificate for the course.
  execute(server, "insert into certificates (code, user_id, course_id, holder_name) values ('seniorcode234567', ?, 'rpa-foundations', 'Senior')", senior.id);
  cohortA = (await createCohort(server, trainer, { name: "Mentored", locale: "uk", meetingSlot: "weekend" })).cohortId;
  cohortB = (await createCohort(server, trainer, { name: "Not mine", locale: "uk", meetingSlot: "weekend" })).cohortId;
  const learner = await signUp(server, { name: "Mentee" });
  mentee = learner.client;
  const { inviteCode } = query<{ inviteCode: string }>(server, "select invite_code as inviteCode from cohorts where id = ?", cohortA)[0]!;
  await learner.client.post(`/join/${inviteCode}`, {});
});
afterAll(async () => {
  await server?.stop();
});

describe("becoming a mentor", () => {
  it("only seniors can opt in", async () => {
    const newcomer = await signUp(server, { name: "Newcomer" });
    const res = await newcomer.client.post("/mentor", { intent: "profile", languages: "uk", slots: "weekend", capacity: "1", status: "active" });
    expect(res.status).toBe(404);
    const ok = await senior.client.post("/mentor", { intent: "profile", languages: "uk", slots: "weekend", capacity: "2", status: "active", listed: "yes" });
    expect(ok.status).toBe(303);
  });

  it("bad profile input is a translated 400 with the answers kept", async () => {
    const res = await senior.client.post("/mentor", { intent: "profile", capacity: "9", status: "active" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Оберіть, будь ласка, хоча б один варіант.");
  });
});

describe("a mentor's access follows the mentorship", () => {
  it("no access before accepting, access while active, 404 for other cohorts, none after it ends; notes stay", async () => {
    const board = () => senior.client.get(`/cohorts/${cohortA}`);
    expect((await board()).status).toBe(404);

    const page = await (await trainer.get(`/trainer/cohorts/${cohortA}/mentor`)).text();
    expect(page).toContain("Senior");
    expect((await trainer.post(`/trainer/cohorts/${cohortA}/mentor`, { intent: "propose", mentorId: String(senior.id) })).status).toBe(303);
    expect((await board()).status).toBe(404); // proposed is not active

    const [proposal] = query<{ id: number }>(server, "select id from mentorships where mentor_id = ? and state = 'proposed'", senior.id);
    expect((await senior.client.post("/mentor", { intent: "respond", mentorshipId: String(proposal!.id), answer: "accept" })).status).toBe(303);
    expect((await board()).status).toBe(200);
    expect((await senior.client.get(`/cohorts/${cohortB}`)).status).toBe(404);
    expect((await senior.client.get(`/mentor/cohorts/${cohortB}/sessions`)).status).toBe(404);

    // mentors may not write into the team's own space
    expect((await senior.client.post(`/cohorts/${cohortA}`, { intent: "checkin", did: "x" })).status).toBe(404);
    // the form says exactly who reads the notes (the senior reads Ukrainian)
    const form = await (await senior.client.get(`/mentor/cohorts/${cohortA}/sessions`)).text();
    expect(form).toContain("Їх читаєте ви, а також тренери й адміністратори програми.");
    expect(form).not.toMatch(/лише ви та тренери/);
    const logged = await senior.client.post(`/mentor/cohorts/${cohortA}/sessions`, { heldOn: "2026-11-20", minutes: "45", notes: "Talked about loops" });
    expect(logged.status).toBe(303);

    // the trainer ends it: access ends, the mentor's own notes remain
    expect((await trainer.post(`/trainer/cohorts/${cohortA}/mentor`, { intent: "end", mentorshipId: String(proposal!.id), confirm: "yes" })).status).toBe(303);
    expect((await board()).status).toBe(404);
    expect((await senior.client.get(`/mentor/cohorts/${cohortA}/sessions`)).status).toBe(404);
    const notes = await (await senior.client.get("/mentor/notes")).text();
    expect(notes).toContain("Talked about loops");
  });

  it("a learner of the team cannot read the session notes, on any page or .data answer she can reach", async () => {
    // the notes exist and staff read them, with the readers named (so their absence below means something)
    const staffView = await (await trainer.get(`/mentor/cohorts/${cohortA}/sessions`)).text();
    expect(staffView).toContain("Talked about loops");
    expect(staffView).toContain("read by the mentor who wrote them and the programme&#x27;s trainers and admins");

    const [member] = query<{ name: string }>(server, "select u.name from cohort_members m join users u on u.id = m.user_id where m.cohort_id = ?", cohortA);
    expect(member?.name).toBe("Mentee");
    expect((await mentee.get(`/cohorts/${cohortA}`)).status).toBe(200); // she is signed in and on the team
    const paths = [`/cohorts/${cohortA}`, `/mentor/cohorts/${cohortA}/sessions`, "/mentor/notes", "/mentor", "/learn", "/notifications", "/community"];
    for (const path of paths) {
      for (const url of [path, `${path}.data`]) {
        const res = await mentee.get(url);
        expect([200, 404], url).toContain(res.status);
        expect(await res.text(), url).not.toContain("Talked about loops");
      }
    }
  });

  it("a finished cohort completes its mentorship", async () => {
    const cohortC = (await createCohort(server, trainer, { name: "Finishing", locale: "uk", meetingSlot: "weekend" })).cohortId;
    await trainer.post(`/trainer/cohorts/${cohortC}/mentor`, { intent: "propose", mentorId: String(senior.id) });
    const [m] = query<{ id: number }>(server, "select id from mentorships where cohort_id = ?", cohortC);
    await senior.client.post("/mentor", { intent: "respond", mentorshipId: String(m!.id), answer: "accept" });
    await trainer.post(`/trainer/cohorts/${cohortC}`, { intent: "state", state: "finished" });
    expect(query(server, "select state from mentorships where id = ?", m!.id)).toEqual([{ state: "completed" }]);
    expect((await senior.client.get(`/cohorts/${cohortC}`)).status).toBe(404);
  });
});
