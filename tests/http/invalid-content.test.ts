import { describe, expect, it } from "vitest";
import { startServer } from "../support/server";

describe("start-up", () => {
  it("refuses to start on invalid content, naming file and line", async () => {
    await expect(startServer({ CONTENT_DIR: "tests/fixtures/broken/unknown-kind" })).rejects.toThrow(
      /server exited early:[\s\S]*tests\/fixtures\/broken\/unknown-kind\/courses\/broken\/01-basics\/01-a\.en\.md:5: kind/,
    );
  });

  it("refuses to start on a bad environment variable, naming it", async () => {
    await expect(startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "lots" })).rejects.toThrow(/AUTH_RATE_LIMIT_PER_MINUTE/);
  });
});
