import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { createCohort, joinCohort } from "~/models/cohorts.server";
import { proposeMentor, respondToProposal } from "~/models/mentoring/proposals.server";
import { saveMentorProfile } from "~/models/mentoring/profiles.server";
import { applicantsOf, apply, pick } from "~/models/work/applications.server";
import { deliver, reviewDelivery } from "~/models/work/deliveries.server";
import { confirmHours, hoursAndPayments, logHours, recordPayment } from "~/models/work/hours-payments.server";
import { getOrder } from "~/models/work/orders.server";
import { rate } from "~/models/work/ratings.server";
import { askMentor, mentorsOfWorkers } from "~/models/work/workspace.server";
import { workspaceSide } from "~/policies/index.server";
import { firm, order, person } from "./work-fixtures";

async function startedOrder() {
  const { organisation, manager } = await firm();
  const o = order(organisation.id, manager.id);
  const [worker, loser] = [await person("uk", "rpa-foundations"), await person("uk", "rpa-foundations")];
  apply(o, worker, "", []);
  apply(o, loser, "", []);
  expect(workspaceSide(worker, o)).toBeNull();
  pick(o.id, applicantsOf(o.id).find((a) => a.people[0]!.id === worker.id)!.id, manager.id);
  return { o: getOrder(o.id)!, manager, worker, loser };
}

describe("workspace access", () => {
  it("workers and the firm get in; applicants who were not picked never do; the mentor only while the work goes on", async () => {
    const { o, manager, worker, loser } = await startedOrder();
    // The worker learned in a team whose mentor she asks in.
    const mentor = await person("uk", "rpa-foundations");
    saveMentorProfile(mentor.id, { languages: ["uk"], slots: ["weekend"], capacity: 2, listed: false, status: "active" });
    const cohort = createCohort({ courseId: "rpa-foundations", name: "W", locale: "uk", meetingSlot: "weekend", startDate: "2026-06-01" });
    joinCohort(cohort.id, worker.id);
    const proposal = proposeMentor(cohort.id, mentor.id, manager.id);
    expect(proposal.ok).toBe(true);
    const mentorshipId = getConnection().sqlite.prepare("select id from mentorships where mentor_id = ?").get(mentor.id) as { id: number };
    respondToProposal(mentorshipId.id, mentor.id, true);
    expect(mentorsOfWorkers(o.id).map((m) => m.id)).toEqual([mentor.id]);
    expect(workspaceSide(mentor, o)).toBeNull();
    expect(askMentor(o, mentor.id, worker.id)).toBe(true);

    let now = getOrder(o.id)!;
    expect(workspaceSide(worker, now)).toBe("worker");
    expect(workspaceSide(manager, now)).toBe("firm");
    expect(workspaceSide(mentor, now)).toBe("mentor");
    expect(workspaceSide(loser, now)).toBeNull();

    const delivery = deliver(now, worker.id, { note: "", url: "https://example.org/bot" })!;
    expect(reviewDelivery(now, delivery.id, manager.id, "accept", "").ok).toBe(true);
    now = getOrder(o.id)!;
    expect(now.state).toBe("completed");
    expect(workspaceSide(worker, now)).toBe("worker");
    expect(workspaceSide(manager, now)).toBe("firm");
    expect(workspaceSide(mentor, now)).toBeNull();
    expect(workspaceSide(loser, now)).toBeNull();
  });

  it("a cancelled order keeps out everyone who was not on it", async () => {
    const { o, worker, loser, manager } = await startedOrder();
    getConnection().sqlite.prepare("update work_orders set state = 'cancelled' where id = ?").run(o.id);
    const now = getOrder(o.id)!;
    expect(workspaceSide(loser, now)).toBeNull();
    expect(workspaceSide(worker, now)).toBe("worker");
    expect(workspaceSide(manager, now)).toBe("firm");
  });
});

describe("delivering, hours, payments and ratings", () => {
  it("changes then acceptance completes the order; hours and payments add up; ratings once each way after completion", async () => {
    const { o, manager, worker } = await startedOrder();
    const first = deliver(o, worker.id, { note: "v1", url: "https://example.org/v1" })!;
    expect(reviewDelivery(o, first.id, manager.id, "changes", "Please add logging").ok).toBe(true);
    expect(getOrder(o.id)!.state).toBe("in_progress");
    expect(reviewDelivery(o, first.id, manager.id, "accept", "").ok).toBe(false);
    expect(rate(o, { id: manager.id, side: "firm" }, { workerId: worker.id, stars: 5, comment: "" })).toBe(false);

    logHours(o, worker.id, { workedOn: "2026-11-20", minutes: 90, note: "" });
    logHours(o, worker.id, { workedOn: "2026-11-21", minutes: 45, note: "" });
    expect(confirmHours(o, manager.id)).toBe(2);
    logHours(o, worker.id, { workedOn: "2026-11-22", minutes: 30, note: "" });
    recordPayment(o, manager.id, { paidOn: "2026-11-25", amountYen: 3000, note: "" });
    recordPayment(o, manager.id, { paidOn: "2026-11-30", amountYen: 375, note: "" });
    const money = hoursAndPayments(o.id);
    expect(money.totals).toEqual({ minutes: 165, confirmedMinutes: 135, paidYen: 3375 });
    expect(money.hours.reduce((s, h) => s + h.minutes, 0)).toBe(money.totals.minutes);
    expect(money.payments.reduce((s, p) => s + p.amountYen, 0)).toBe(money.totals.paidYen);

    const second = deliver(o, worker.id, { note: "v2", url: "https://example.org/v2" })!;
    expect(reviewDelivery(o, second.id, manager.id, "accept", "").ok).toBe(true);
    const done = getOrder(o.id)!;
    expect(done.state).toBe("completed");
    expect(deliver(done, worker.id, { note: "late", url: "https://example.org/v3" })).toBeNull();
    expect(rate(done, { id: manager.id, side: "firm" }, { workerId: worker.id, stars: 5, comment: "Great" })).toBe(true);
    expect(rate(done, { id: manager.id, side: "firm" }, { workerId: worker.id, stars: 1, comment: "again" })).toBe(false);
    expect(rate(done, { id: worker.id, side: "worker" }, { workerId: null, stars: 4, comment: "Clear brief" })).toBe(true);
    expect(rate(done, { id: worker.id, side: "worker" }, { workerId: null, stars: 4, comment: "" })).toBe(false);
    const kinds = getConnection().sqlite.prepare("select kind from notifications where user_id = ? and kind like 'work_%' order by id").all(worker.id) as { kind: string }[];
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(["work_picked", "work_changes", "work_hours", "work_paid", "work_accepted", "work_rated"]));
  });
});
