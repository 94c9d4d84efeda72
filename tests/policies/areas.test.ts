import { beforeAll, describe, expect, it } from "vitest";
import { issueCertificate } from "~/models/certificates.server";
import {
  allowAnyone,
  canReadNotification,
  canRecordProgress,
  canSeeDrafts,
  isStaff,
  requireCertificateCode,
  requireCourse,
  requireCourseTeam,
  requireSignedIn,
  requireTrainer,
} from "~/policies/index.server";
import { buildWorld, contextFor, request, thrown, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("trainer area", () => {
  it("trainers and admins; log in when signed out; 404 for everyone else", () => {
    expect(isStaff(w.trainer) && isStaff(w.admin)).toBe(true);
    const req = request("/trainer/cohorts");
    expect(requireTrainer(req, contextFor(w.trainer)).id).toBe(w.trainer.id);
    expect(requireTrainer(req, contextFor(w.admin)).id).toBe(w.admin.id);
    for (const who of [w.member, w.mentor, w.manager]) {
      expect(isStaff(who), who.name).toBe(false);
      expect(thrown(() => requireTrainer(req, contextFor(who))), who.name).toEqual({ status: 404, location: null });
    }
    expect(thrown(() => requireTrainer(req, contextFor(null)))).toEqual({ status: 302, location: "/login?redirectTo=%2Ftrainer%2Fcohorts" });
  });
});

describe("signed-in pages and public ones", () => {
  it("requireSignedIn sends strangers to log in, keeping where they were going", () => {
    expect(thrown(() => requireSignedIn(request("/learn?x=1"), contextFor(null)))).toEqual({ status: 302, location: "/login?redirectTo=%2Flearn%3Fx%3D1" });
    expect(requireSignedIn(request("/learn"), contextFor(w.member)).id).toBe(w.member.id);
    expect(allowAnyone(request("/courses"), contextFor(null))).toBeNull();
    expect(allowAnyone(request("/courses"), contextFor(w.member))?.id).toBe(w.member.id);
  });

  it("notifications are for their addressee alone, staff included", () => {
    expect(canReadNotification(w.member, { userId: w.member.id })).toBe(true);
    expect(canReadNotification(w.admin, { userId: w.member.id })).toBe(false);
    expect(canReadNotification(null, { userId: w.member.id })).toBe(false);
  });
});

describe("courses and lessons", () => {
  it("drafts for staff only; progress only for a learner in a team for the course", () => {
    expect(canSeeDrafts(w.trainer)).toBe(true);
    expect(canSeeDrafts(w.member)).toBe(false);
    expect(canSeeDrafts(null)).toBe(false);
    expect(canRecordProgress(w.member, "rpa-foundations")).toBe(true);
    expect(canRecordProgress(w.trainer, "rpa-foundations")).toBe(false);
    expect(canRecordProgress(w.member, "no-code-automation")).toBe(false);
    expect(requireCourseTeam(w.member, "rpa-foundations").id).toBe(w.cohortA.id);
    expect(thrown(() => requireCourseTeam(w.manager, "rpa-foundations"))).toEqual({ status: 404, location: null });
    expect(requireCourse("rpa-foundations").id).toBe("rpa-foundations");
    expect(thrown(() => requireCourse("nope"))).toEqual({ status: 404, location: null });
  });
});

describe("certificates", () => {
  it("anyone with the code verifies it; a malformed or unknown code is a 404", () => {
    const { certificate } = issueCertificate(w.member.id, "rpa-foundations", w.cohortA.id);
    expect(requireCertificateCode(certificate.code).userId).toBe(w.member.id);
    expect(thrown(() => requireCertificateCode("abcdefghijklmnop"))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireCertificateCode("'; select"))).toEqual({ status: 404, location: null });
  });
});
