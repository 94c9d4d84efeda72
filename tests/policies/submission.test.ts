import { beforeAll, describe, expect, it } from "vitest";
import { submitExercise } from "~/models/exercises.server";
import { canReviewSubmission, canViewSubmission, cohortRole, requireSubmission } from "~/policies/index.server";
import { buildWorld, contextFor, request, thrown, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("exercise submissions", () => {
  it("seen by the team, its mentor and staff, under its own team's URL only", () => {
    const submission = submitExercise(w.cohortA.id, w.teammate.id, "rpa-map-a-process", "My steps");
    for (const who of [w.member, w.teammate, w.mentor, w.trainer, w.admin]) expect(canViewSubmission(cohortRole(who, w.cohortA.id), submission, w.cohortA.id), who.name).toBe(true);
    for (const who of [w.otherTeam, w.manager, w.former]) expect(canViewSubmission(cohortRole(who, w.cohortA.id), submission, w.cohortA.id), who.name).toBe(false);
    expect(canViewSubmission(cohortRole(w.trainer, w.cohortB.id), submission, w.cohortB.id)).toBe(false);

    const params = { cohortId: String(w.cohortA.id), submissionId: String(submission.id) };
    const req = request(`/cohorts/${params.cohortId}/submissions/${params.submissionId}`);
    expect(requireSubmission(req, contextFor(w.member), params).submission.id).toBe(submission.id);
    expect(thrown(() => requireSubmission(req, contextFor(w.otherTeam), params))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireSubmission(req, contextFor(w.otherTeam), { ...params, cohortId: String(w.cohortB.id) }))).toEqual({ status: 404, location: null });
    expect(thrown(() => requireSubmission(req, contextFor(null), params))).toMatchObject({ status: 302 });
  });

  it("reviewed by someone else on the team while it waits; never by its author", () => {
    const submission = submitExercise(w.cohortA.id, w.sponsored.id, "rpa-map-a-process", "Steps");
    expect(canReviewSubmission(w.member, "member", submission)).toBe(true);
    expect(canReviewSubmission(w.mentor, "mentor", submission)).toBe(true);
    expect(canReviewSubmission(w.sponsored, "member", submission)).toBe(false);
    expect(canReviewSubmission(w.otherTeam, null, submission)).toBe(false);
    expect(canReviewSubmission(w.member, "member", { ...submission, state: "accepted" })).toBe(false);
  });
});
