import { afterAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "~/curriculum/load.server";
import { createCohort, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// kill -9 of the server while 20 writes are in flight: every write the server
// acknowledged (303) must be in the database after a restart, and SQLite's
// integrity_check must say ok. WAL with synchronous=NORMAL promises exactly this
// for a process crash; this test holds the promise to account.

const readings = loadCurriculum("content")
  .courses.find((c) => c.id === "rpa-foundations")!
  .modules.flatMap((m) => m.lessons)
  .filter((l) => l.variants.en.kind === "reading")
  .map((l) => l.id);

let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
});

describe("a crash during writes", () => {
  it("loses no acknowledged write, and the file is intact", { timeout: 120_000 }, async () => {
    expect(readings.length).toBeGreaterThanOrEqual(4);
    server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
    const trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"] })).client;
    const { inviteCode } = await createCohort(server, trainer, { name: "Crash team" });
    const learners = await Promise.all([1, 2, 3, 4, 5].map((n) => signUp(server!, { name: `Learner ${n}` })));
    for (const learner of learners) await learner.client.post(`/join/${inviteCode}`, {});

    // 20 writes at once: five learners, four lessons each.
    const writes = learners.flatMap((learner) =>
      readings.slice(0, 4).map((lessonId) => ({ userId: learner.id, lessonId, client: learner.client })),
    );
    let acknowledgedFirst: () => void = () => {};
    const firstAck = new Promise<void>((resolve) => (acknowledgedFirst = resolve));
    const outcomes = writes.map(async (write) => {
      try {
        const res = await write.client.post(`/courses/rpa-foundations/lessons/${write.lessonId}`, { intent: "complete" });
        if (res.status === 303) acknowledgedFirst();
        return { ...write, acknowledged: res.status === 303 };
      } catch {
        return { ...write, acknowledged: false };
      }
    });
    await firstAck;
    await server.crash();
    const results = await Promise.all(outcomes);
    const acknowledged = results.filter((r) => r.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(0);

    // A new server on the same file: recovery from the WAL happens on open.
    const dbPath = server.dbPath;
    server = await startServer({ DATABASE_PATH: dbPath });
    for (const write of acknowledged) {
      const rows = query(server, "select 1 from lesson_progress where user_id = ? and lesson_id = ? and completed_at is not null", write.userId, write.lessonId);
      expect(rows, `${write.userId} ${write.lessonId}`).toHaveLength(1);
    }
    expect(query(server, "pragma integrity_check")).toEqual([{ integrity_check: "ok" }]);
  });
});
