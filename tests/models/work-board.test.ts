import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { applicantsOf, apply, pick } from "~/models/work/applications.server";
import { boardFor, getOrder, ordersOfManager } from "~/models/work/orders.server";
import { orderRole, requireOrderPoster } from "~/policies/index.server";
import { firm, order, person } from "./work-fixtures";

describe("who sees an order on the work board", () => {
  it("only holders of a required certificate who speak one of its languages; nobody without a certificate", async () => {
    const { organisation, manager } = await firm();
    const o = order(organisation.id, manager.id);
    const senior = await person("uk", "rpa-foundations");
    const otherCourse = await person("uk", "no-code-automation");
    const japaneseSpeaker = await person("ja", "rpa-foundations");
    const noCertificate = await person("uk");

    expect(boardFor(senior).map((x) => x.id)).toContain(o.id);
    expect(orderRole(senior, o)).toBe("candidate");
    for (const outsider of [otherCourse, japaneseSpeaker, noCertificate]) {
      expect(boardFor(outsider).map((x) => x.id)).not.toContain(o.id);
      expect(orderRole(outsider, o)).toBeNull();
    }
    expect(boardFor(noCertificate)).toEqual([]);
  });

  it("a revoked certificate does not count", async () => {
    const { organisation, manager } = await firm();
    const o = order(organisation.id, manager.id);
    const senior = await person("uk", "rpa-foundations");
    const { sqlite } = getConnection();
    const cert = sqlite.prepare("select id from certificates where user_id = ?").get(senior.id) as { id: number };
    sqlite.prepare("insert into certificate_revocations (certificate_id, reason) values (?, 'test')").run(cert.id);
    expect(orderRole(senior, o)).toBeNull();
    expect(apply(o, senior, "", [])).toEqual({ ok: false, reason: "notEligible" });
  });
});

describe("applying", () => {
  it("only a certificate holder applies; a team's juniors need any kumi certificate", async () => {
    const { organisation, manager } = await firm();
    const o = order(organisation.id, manager.id);
    const lead = await person("uk", "rpa-foundations");
    const junior = await person("ja", "no-code-automation");
    const stranger = await person("uk");
    expect(apply(o, stranger, "", [])).toEqual({ ok: false, reason: "notEligible" });
    expect(apply(o, lead, "", [stranger.email])).toEqual({ ok: false, reason: "teammateNotGraduate", email: stranger.email });
    expect(apply(o, lead, "", ["nobody@example.org"])).toMatchObject({ ok: false, reason: "unknownTeammate" });
    const ok = apply(o, lead, "Together", [junior.email.toUpperCase()]);
    expect(ok.ok).toBe(true);
    expect(apply(o, lead, "", [])).toEqual({ ok: false, reason: "already" });
    // The junior is on that application and cannot be named twice.
    const other = await person("uk", "rpa-foundations");
    expect(apply(o, other, "", [junior.email])).toMatchObject({ ok: false, reason: "teammateTaken" });
    expect(orderRole(junior, o)).toBe("applicant");
  });

  it("a team larger than the order's team size is refused", async () => {
    const { organisation, manager } = await firm();
    const o = order(organisation.id, manager.id, { teamSize: 2 });
    const [lead, a, b] = [await person("uk", "rpa-foundations"), await person("uk", "rpa-foundations"), await person("uk", "rpa-foundations")];
    expect(apply(o, lead, "", [a.email, b.email])).toEqual({ ok: false, reason: "tooMany" });
  });

  it("an invitation becomes an application, also for a graduate the order does not otherwise fit", async () => {
    const { organisation, manager } = await firm();
    const o = order(organisation.id, manager.id);
    const grad = await person("ja", "no-code-automation");
    expect(orderRole(grad, o)).toBeNull();
    getConnection().sqlite.prepare("insert into work_applications (order_id, user_id, state, invited_by) values (?, ?, 'invited', ?)").run(o.id, grad.id, manager.id);
    expect(applicantsOf(o.id)).toEqual([]);
    expect(orderRole(grad, o)).toBe("candidate");
    expect(boardFor(grad).map((x) => x.id)).toContain(o.id);
    expect(apply(o, grad, "Thanks for asking", []).ok).toBe(true);
    expect(applicantsOf(o.id).map((a) => a.state)).toEqual(["applied"]);
  });
});

describe("a firm sees only its own orders and applicants", () => {
  it("another firm's manager gets nothing", async () => {
    const one = await firm("One");
    const two = await firm("Two");
    const o = order(one.organisation.id, one.manager.id);
    const grad = await person("uk", "rpa-foundations");
    apply(o, grad, "", []);
    expect(ordersOfManager(one.manager.id).map((x) => x.id)).toContain(o.id);
    expect(ordersOfManager(two.manager.id).map((x) => x.id)).not.toContain(o.id);
    expect(orderRole(one.manager, o)).toBe("manager");
    expect(orderRole(two.manager, o)).toBeNull();
    const request = new Request("http://x/work/new");
    expect(() => requireOrderPoster(request, { viewer: { user: grad, sessionId: "x" } } as never)).toThrow();
  });

  it("picking makes the team the workers and tells the others", async () => {
    const { organisation, manager } = await firm();
    const o = order(organisation.id, manager.id);
    const [a, b, c] = [await person("uk", "rpa-foundations"), await person("uk", "rpa-foundations"), await person("uk", "rpa-foundations")];
    apply(o, a, "", [b.email]);
    apply(o, c, "", []);
    const chosen = applicantsOf(o.id).find((x) => x.people[0]!.id === a.id)!;
    expect(pick(o.id, chosen.id, manager.id)).toEqual({ ok: true });
    const after = getOrder(o.id)!;
    expect(after.state).toBe("in_progress");
    expect(orderRole(a, after)).toBe("worker");
    expect(orderRole(b, after)).toBe("worker");
    expect(orderRole(c, after)).toBe("applicant");
    expect(applicantsOf(o.id).map((x) => x.state).sort()).toEqual(["not_picked", "picked"]);
    const told = getConnection().sqlite.prepare("select user_id as userId, kind from notifications where kind like 'work_%picked' order by id").all();
    expect(told).toEqual(expect.arrayContaining([{ userId: a.id, kind: "work_picked" }, { userId: b.id, kind: "work_picked" }, { userId: c.id, kind: "work_not_picked" }]));
    expect(pick(o.id, chosen.id, manager.id)).toEqual({ ok: false, reason: "closed" });
  });
});
