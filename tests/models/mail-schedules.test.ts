import nodemailer, { type Transporter } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { lessonProgress } from "#db/schema";
import { createCohort, joinCohort } from "~/models/cohorts.server";
import { queueDueDigests } from "~/models/mail/digest.server";
import { deliverDue } from "~/models/mail/sender.server";
import { queueWeeklySummaries } from "~/models/mail/weekly-summary.server";
import { notify } from "~/models/notifications.server";
import { createUser } from "~/models/users.server";
import { recipient, startSmtp, type TestSmtp } from "../support/smtp";

// The clock-driven e-mails, queued by the schedules and delivered over a real
// SMTP server in this process, parsed as they arrive.

let smtp: TestSmtp;
let transport: Transporter;
beforeAll(async () => {
  smtp = await startSmtp();
  transport = nodemailer.createTransport(`smtp://127.0.0.1:${smtp.port}`);
});
afterAll(async () => {
  transport?.close();
  await smtp?.close();
});

const HOUR = 60 * 60 * 1000;
/** The first moment after `from` when it is hh:mm in Tokyo (UTC+9, no DST), on a given UTC weekday if asked. */
function nextTokyo(from: Date, hh: number, mm: number, weekday?: number): Date {
  const t = new Date(from);
  t.setUTCHours(hh - 9, mm, 0, 0);
  while (t <= from || (weekday !== undefined && new Date(t.getTime() + 9 * HOUR).getUTCDay() !== weekday)) t.setTime(t.getTime() + 24 * HOUR);
  return t;
}

const header = (m: { headerLines: readonly { key: string; line: string }[] }, key: string) =>
  (m.headerLines.find((h) => h.key === key)?.line ?? "").replace(/\r?\n[ \t]+/g, "");

async function team(label: string, startDate: string) {
  const ann = await createUser({ name: `Ann ${label}`, email: `ann-${label}@example.org`, password: "long enough pw", locale: "en", emailVerified: true });
  const bo = await createUser({ name: `Bohdan ${label}`, email: `bo-${label}@example.org`, password: "long enough pw", locale: "uk", emailVerified: true });
  const cohort = createCohort({ courseId: "rpa-foundations", name: `Team ${label}`, locale: "en", meetingSlot: "weekend", startDate, timeZone: "Asia/Tokyo", state: "active" });
  for (const u of [ann, bo]) expect(joinCohort(cohort.id, u.id).ok).toBe(true);
  return { ann, bo, cohort };
}

describe("daily digest", () => {
  it("at 18:00 in the person's time zone, once, only for someone with news, in their language", async () => {
    const { ann, bo, cohort } = await team("digest", "2026-11-04");
    notify([
      { userId: bo.id, kind: "nudge", actorId: ann.id, cohortId: cohort.id, link: `/cohorts/${cohort.id}` },
      { userId: bo.id, kind: "help_request", actorId: ann.id, cohortId: cohort.id, link: `/cohorts/${cohort.id}` },
    ]);
    const evening = nextTokyo(new Date(), 18, 5);
    expect(queueDueDigests(new Date(evening.getTime() - 10 * 60 * 1000))).toBe(0); // 17:55: not yet
    expect(queueDueDigests(evening)).toBe(1);
    expect(queueDueDigests(new Date(evening.getTime() + 60 * 60 * 1000))).toBe(0); // the same evening again
    await deliverDue(transport);

    const [mail] = await smtp.waitFor((m) => recipient(m) === bo.email);
    expect(mail!.subject).toBe("kumi: 2 новини за сьогодні");
    expect(mail!.text).toContain("Ann digest");
    expect(mail!.text).toContain("• ");
    expect(header(mail!, "list-unsubscribe")).toMatch(/<http:\/\/[^>]+\/unsubscribe\/one-click\?u=\d+&k=digest&s=[\w-]+>/);
    expect(smtp.received.filter((m) => recipient(m) === ann.email)).toEqual([]);
  });
});

describe("weekly team summary", () => {
  it("on the meeting day: who finished what, what is due, who is behind; once per person", async () => {
    // 2026-11-02 is a Monday: the team meets on Mondays.
    const { ann, bo, cohort } = await team("weekly", "2026-11-02");
    const monday = nextTokyo(new Date(), 9, 30, 1);
    getConnection()
      .db.insert(lessonProgress)
      .values({ userId: ann.id, courseId: "rpa-foundations", lessonId: "rpa-what-rpa-is", startedAt: new Date(monday.getTime() - 30 * HOUR), completedAt: new Date(monday.getTime() - 24 * HOUR) })
      .run();
    expect(queueWeeklySummaries(new Date(monday.getTime() - 24 * HOUR))).toBe(0); // Sunday
    expect(queueWeeklySummaries(monday)).toBe(2);
    expect(queueWeeklySummaries(new Date(monday.getTime() + HOUR))).toBe(0);
    await deliverDue(transport);

    const [forAnn] = await smtp.waitFor((m) => recipient(m) === ann.email && /Team weekly/.test(m.subject ?? ""));
    expect(forAnn!.subject).toBe("kumi: this week in Team weekly");
    expect(forAnn!.text).toContain("Finished this week:");
    expect(forAnn!.text).toMatch(/Ann weekly: .+/);
    expect(forAnn!.text).toMatch(/Due next: |No module is due soon\./);
    expect(forAnn!.text).toMatch(/Behind the plan: |Everyone is on track\./);
    expect(forAnn!.text).toContain(`/cohorts/${cohort.id}`);
    const [forBo] = await smtp.waitFor((m) => recipient(m) === bo.email && /Team weekly/.test(m.subject ?? ""));
    expect(forBo!.subject).toBe("kumi: тиждень команди Team weekly");
  });
});
