import { beforeAll, describe, expect, it } from "vitest";
import { canViewOrganisationReport, organisationRole, requireManagerInvite, requireOrganisationReport, requirePartnerManager, requireSponsorInvite } from "~/policies/index.server";
import { buildWorld, contextFor, request, thrown, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("organisation reports", () => {
  it("its own managers, trainers and admins; not another firm's managers or learners", () => {
    expect(organisationRole(w.manager, w.orgA.id)).toBe("manager");
    expect(organisationRole(w.trainer, w.orgA.id)).toBe("staff");
    expect(organisationRole(w.admin, w.orgA.id)).toBe("staff");
    for (const who of [null, w.otherManager, w.sponsored, w.member, w.mentor]) expect(canViewOrganisationReport(who, w.orgA), who?.name ?? "signed out").toBe(false);
    expect(canViewOrganisationReport(w.manager, w.orgB)).toBe(false);
    expect(canViewOrganisationReport(w.otherManager, w.orgB)).toBe(true);
  });

  it("requireOrganisationReport: log in, or a 404 that does not say the firm exists", () => {
    const id = String(w.orgA.id);
    const req = request(`/partner/organisations/${id}`);
    expect(requireOrganisationReport(req, contextFor(w.manager), id).role).toBe("manager");
    expect(thrown(() => requireOrganisationReport(req, contextFor(w.otherManager), id))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireOrganisationReport(req, contextFor(w.trainer), "999999"))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireOrganisationReport(req, contextFor(null), id))).toMatchObject({ status: 302 });
  });

  it("the partner area is for partners; invite links are credentials", () => {
    expect(requirePartnerManager(request("/partner"), contextFor(w.manager)).id).toBe(w.manager.id);
    expect(thrown(() => requirePartnerManager(request("/partner"), contextFor(w.trainer)))).toEqual({ status: 404, location: null });
    expect(requireManagerInvite(w.orgA.managerInviteCode).organisation?.id).toBe(w.orgA.id);
    expect(thrown(() => requireManagerInvite("nosuchcode"))).toEqual({ status: 404, location: null });
    expect(requireSponsorInvite(w.commission.inviteCode).organisation.id).toBe(w.orgA.id);
    expect(thrown(() => requireSponsorInvite("x"))).toEqual({ status: 404, location: null });
  });
});
