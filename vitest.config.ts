import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Separate from vite.config.ts: the Remix plugin must not run under vitest.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    // Two cores: keep parallelism modest so browser tests are not starved.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 20_000,
          // HTTP tests start the built server in beforeAll; on a busy two-core
          // machine that alone can take over ten seconds.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
