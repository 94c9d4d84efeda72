import { beforeAll, describe, expect, it } from "vitest";
import { canViewLearnerProgress, canViewProfile } from "~/policies/index.server";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("own profile and progress", () => {
  it("the person, trainers and admins; not teammates, mentors or partners", () => {
    const id = w.member.id;
    expect(canViewProfile(w.member, id)).toBe(true);
    expect(canViewProfile(w.trainer, id)).toBe(true);
    expect(canViewProfile(w.admin, id)).toBe(true);
    for (const who of [null, w.teammate, w.mentor, w.manager, w.otherTeam]) expect(canViewProfile(who, id), who?.name ?? "signed out").toBe(false);
  });
});

describe("a team member's progress", () => {
  it("the learner, teammates, the team's active mentor and staff", () => {
    for (const who of [w.member, w.teammate, w.mentor, w.trainer, w.admin]) expect(canViewLearnerProgress(who, w.member.id), who.name).toBe(true);
  });

  it("not another team, a proposed or former mentor, or anyone signed out", () => {
    for (const who of [null, w.otherTeam, w.proposed, w.former]) expect(canViewLearnerProgress(who, w.member.id), who?.name ?? "signed out").toBe(false);
    expect(canViewLearnerProgress(w.member, w.otherTeam.id)).toBe(false);
  });

  it("a partner manager: only their own sponsored learners, and only while consent stands", () => {
    expect(canViewLearnerProgress(w.manager, w.sponsored.id)).toBe(true);
    expect(canViewLearnerProgress(w.manager, w.withdrawn.id)).toBe(false);
    expect(canViewLearnerProgress(w.manager, w.member.id)).toBe(false);
    expect(canViewLearnerProgress(w.otherManager, w.sponsored.id)).toBe(false);
  });
});
