import { beforeAll, describe, expect, it } from "vitest";
import { logSession } from "~/models/mentoring/sessions.server";
import { saveMentorProfile } from "~/models/mentoring/profiles.server";
import { canEndMentorship, canLogSessions, canOptInAsMentor, canReadSessionNotes, requireSessionLog } from "~/policies/index.server";
import { buildWorld, contextFor, request, thrown, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("session notes", () => {
  it("their author (also after the mentorship ends), trainers and admins; nobody else", () => {
    const session = logSession(w.cohortA.id, w.mentor.id, { heldOn: "2026-11-10", minutes: 45, attendees: [w.member.id], notes: "private" });
    expect(canReadSessionNotes(w.mentor, session)).toBe(true);
    expect(canReadSessionNotes(w.trainer, session)).toBe(true);
    expect(canReadSessionNotes(w.admin, session)).toBe(true);
    for (const who of [null, w.member, w.teammate, w.former, w.manager]) expect(canReadSessionNotes(who, session), who?.name ?? "signed out").toBe(false);
    const old = logSession(w.cohortA.id, w.former.id, { heldOn: "2026-10-01", minutes: 30, attendees: [], notes: "from before" });
    expect(canReadSessionNotes(w.former, old)).toBe(true);
  });

  it("only the active mentor logs sessions; the log page is for them and staff", () => {
    expect(canLogSessions("mentor")).toBe(true);
    expect(canLogSessions("staff")).toBe(false);
    expect(canLogSessions("member")).toBe(false);
    const id = String(w.cohortA.id);
    const req = request(`/mentor/cohorts/${id}/sessions`);
    expect(requireSessionLog(req, contextFor(w.mentor), id).role).toBe("mentor");
    expect(requireSessionLog(req, contextFor(w.trainer), id).role).toBe("staff");
    for (const who of [w.member, w.former, w.proposed, w.manager]) expect(thrown(() => requireSessionLog(req, contextFor(who), id)), who.name).toEqual({ status: 404, location: null });
    expect(thrown(() => requireSessionLog(req, contextFor(null), id))).toMatchObject({ status: 302 });
  });
});

describe("mentor opt-in and mentorships", () => {
  it("only seniors may opt in, and the model refuses anyone else too", () => {
    expect(canOptInAsMentor(w.mentor)).toBe(true);
    expect(canOptInAsMentor(w.member)).toBe(false);
    expect(canOptInAsMentor(null)).toBe(false);
    expect(saveMentorProfile(w.member.id, { languages: ["uk"], slots: ["weekend"], capacity: 1, listed: true, status: "active" })).toEqual({ ok: false, reason: "notSenior" });
  });

  it("a mentor ends their own mentorship only", () => {
    expect(canEndMentorship(w.mentor, w.mentorship)).toBe(true);
    expect(canEndMentorship(w.proposed, w.mentorship)).toBe(false);
    expect(canEndMentorship(w.member, w.mentorship)).toBe(false);
    expect(canEndMentorship(null, w.mentorship)).toBe(false);
  });
});
