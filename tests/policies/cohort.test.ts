import { beforeAll, describe, expect, it } from "vitest";
import { askForHelp } from "~/models/team-life.server";
import { canCloseHelpRequest, canOnBoard, canViewCohort, cohortRole, requireCohortManager, requireCohortViewer, requireInviteLink, type BoardAction } from "~/policies/index.server";
import { buildWorld, contextFor, request, thrown, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("cohortRole and canViewCohort (help requests, check-ins, the board)", () => {
  it("members, the active mentor and staff; nobody else", () => {
    const { cohortA } = w;
    expect(cohortRole(w.member, cohortA.id)).toBe("member");
    expect(cohortRole(w.teammate, cohortA.id)).toBe("member");
    expect(cohortRole(w.mentor, cohortA.id)).toBe("mentor");
    expect(cohortRole(w.trainer, cohortA.id)).toBe("staff");
    expect(cohortRole(w.admin, cohortA.id)).toBe("staff");
    for (const who of [null, w.otherTeam, w.manager, w.otherManager, w.proposed, w.former]) {
      expect(cohortRole(who, cohortA.id), who?.name ?? "signed out").toBeNull();
      expect(canViewCohort(who, cohortA), who?.name ?? "signed out").toBe(false);
    }
    expect(canViewCohort(w.member, cohortA)).toBe(true);
    expect(canViewCohort(w.member, w.cohortB)).toBe(false);
    expect(canViewCohort(w.mentor, w.cohortB)).toBe(false);
  });
});

describe("canOnBoard", () => {
  const all: BoardAction[] = ["checkin", "help", "reply", "resolve", "nudge", "feedback"];
  it("members do everything; the mentor and staff may only answer and close; no role, nothing", () => {
    expect(all.filter((a) => canOnBoard("member", a))).toEqual(all);
    expect(all.filter((a) => canOnBoard("mentor", a))).toEqual(["reply", "resolve"]);
    expect(all.filter((a) => canOnBoard("staff", a))).toEqual(["reply", "resolve"]);
    expect(all.filter((a) => canOnBoard(null, a))).toEqual([]);
  });
});

describe("canCloseHelpRequest", () => {
  it("whoever asked, the team's mentor or staff; not another teammate", () => {
    const help = askForHelp(w.cohortA.id, w.member.id, "stuck on step 3", null);
    expect(canCloseHelpRequest(w.member, "member", help)).toBe(true);
    expect(canCloseHelpRequest(w.teammate, "member", help)).toBe(false);
    expect(canCloseHelpRequest(w.mentor, "mentor", help)).toBe(true);
    expect(canCloseHelpRequest(w.trainer, "staff", help)).toBe(true);
    expect(canCloseHelpRequest(w.otherTeam, null, help)).toBe(false);
    expect(canCloseHelpRequest(null, null, help)).toBe(false);
  });
});

describe("requireCohortViewer and requireCohortManager", () => {
  it("log in when signed out, 404 for outsiders and unknown or malformed ids", () => {
    const id = String(w.cohortA.id);
    const req = request(`/cohorts/${id}`);
    expect(thrown(() => requireCohortViewer(req, contextFor(null), id))).toEqual({ status: 302, location: `/login?redirectTo=${encodeURIComponent(`/cohorts/${id}`)}` });
    expect(thrown(() => requireCohortViewer(req, contextFor(w.otherTeam), id))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireCohortViewer(req, contextFor(w.manager), id))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireCohortViewer(req, contextFor(w.trainer), "999999"))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireCohortViewer(req, contextFor(w.member), "1; drop"))).toEqual({ status: 404, location: null });
    expect(requireCohortViewer(req, contextFor(w.mentor), id)).toMatchObject({ role: "mentor", cohort: { id: w.cohortA.id } });

    expect(thrown(() => requireCohortManager(req, contextFor(w.member), id))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireCohortManager(req, contextFor(w.mentor), id))).toEqual({ status: 404, location: null });
    expect(requireCohortManager(req, contextFor(w.admin), id).cohort.id).toBe(w.cohortA.id);
  });

  it("an invite link shows its cohort to anyone; a malformed or unknown code is a 404", () => {
    expect(requireInviteLink(w.cohortA.inviteCode).id).toBe(w.cohortA.id);
    expect(thrown(() => requireInviteLink("nosuchcode"))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireInviteLink("../etc"))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireInviteLink(undefined))).toEqual({ status: 404, location: null });
  });
});
