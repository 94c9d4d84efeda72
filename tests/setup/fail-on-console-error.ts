import { format } from "node:util";
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";
import { tempDbPath } from "../support/server";

// Every test file gets its own database file, built by the real migrations on
// first use (db/client.ts), so files can run in parallel.
process.env.DATABASE_PATH = tempDbPath("kumi-unit");
process.env.NODE_ENV = "test";

// A console.error during a test is a bug somewhere, even when assertions pass.
let spy: MockInstance<typeof console.error>;
beforeEach(() => {
  spy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = spy.mock.calls.map((args) => format(...args));
  spy.mockRestore();
  if (calls.length) throw new Error(`console.error was called:\n${calls.join("\n")}`);
});
