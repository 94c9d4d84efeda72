import { describe, expect, it } from "vitest";
import { createOrganisation, isManager, joinOrganisation, removeManager, rotateManagerInvite } from "~/models/partners/organisations.server";
import { createSession, generateSessionToken, validateSessionToken } from "~/models/sessions.server";
import { createUser, getUserById, type Role } from "~/models/users.server";
import { MANAGER_INVITE_VALID_DAYS, organisationRole, requireManagerInvite } from "~/policies/index.server";
import { thrown } from "../policies/world";

// A firm's managers can be removed and its manager link replaced; a link
// works for a limited time only. (Each person costs an argon2 hash, hence the
// long time-outs on a busy machine.)

let n = 0;
const person = (roles: Role[]) => createUser({ name: `Manager ${++n}`, email: `managers-${n}@example.org`, password: "long enough", locale: "en", roles });
const DAY = 24 * 60 * 60 * 1000;

describe("removing a partner manager", () => {
  it("ends their access at once; with no role left, their sessions end too", async () => {
    const trainer = await person(["trainer"]);
    const org = createOrganisation("Firm R", trainer.id);
    const onlyPartner = await person(["partner"]);
    joinOrganisation(org.id, onlyPartner.id);
    const token = generateSessionToken();
    createSession(token, onlyPartner.id);
    expect(organisationRole(getUserById(onlyPartner.id), org.id)).toBe("manager");

    expect(removeManager(org.id, onlyPartner.id)).toEqual({ removed: true, sessionsEnded: true });
    expect(isManager(org.id, onlyPartner.id)).toBe(false);
    expect(organisationRole(getUserById(onlyPartner.id), org.id)).toBeNull();
    expect(getUserById(onlyPartner.id)!.roles).toEqual([]);
    expect(validateSessionToken(token)).toBeNull();
    // Removing again finds nobody.
    expect(removeManager(org.id, onlyPartner.id)).toEqual({ removed: false });
  }, 120_000);

  it("keeps the sessions of someone who is also a learner, and the partner role of someone managing another firm", async () => {
    const trainer = await person(["trainer"]);
    const [orgA, orgB] = [createOrganisation("Firm S", trainer.id), createOrganisation("Firm T", trainer.id)];
    const learner = await person(["learner"]);
    const twoFirms = await person(["learner"]);
    joinOrganisation(orgA.id, learner.id);
    joinOrganisation(orgA.id, twoFirms.id);
    joinOrganisation(orgB.id, twoFirms.id);
    const token = generateSessionToken();
    createSession(token, learner.id);

    expect(removeManager(orgA.id, learner.id)).toEqual({ removed: true, sessionsEnded: false });
    expect(organisationRole(getUserById(learner.id), orgA.id)).toBeNull();
    expect(getUserById(learner.id)!.roles).toEqual(["learner"]);
    expect(validateSessionToken(token)).not.toBeNull();

    expect(removeManager(orgA.id, twoFirms.id)).toEqual({ removed: true, sessionsEnded: false });
    const stillB = getUserById(twoFirms.id)!;
    expect(organisationRole(stillB, orgA.id)).toBeNull();
    expect(organisationRole(stillB, orgB.id)).toBe("manager");
  }, 120_000);
});

describe("the manager invite link", () => {
  it(`works for ${MANAGER_INVITE_VALID_DAYS} days; a replaced link stops working at once`, async () => {
    const trainer = await person(["trainer"]);
    const made = new Date("2026-11-01T00:00:00Z");
    const org = createOrganisation("Firm L", trainer.id, made);
    const at = (days: number) => new Date(made.getTime() + days * DAY);
    expect(requireManagerInvite(org.managerInviteCode, at(13.9))).toMatchObject({ expired: false, organisation: { id: org.id } });
    expect(requireManagerInvite(org.managerInviteCode, at(14))).toEqual({ expired: true, organisation: null });

    const renewed = rotateManagerInvite(org.id, at(20))!;
    expect(renewed.managerInviteCode).not.toBe(org.managerInviteCode);
    expect(thrown(() => requireManagerInvite(org.managerInviteCode, at(20)))).toEqual({ status: 404, location: null });
    expect(requireManagerInvite(renewed.managerInviteCode, at(20)).organisation?.id).toBe(org.id);
    expect(requireManagerInvite(renewed.managerInviteCode, at(34)).expired).toBe(true);
  }, 120_000);
});
