import { spawnSync } from "node:child_process";
import { tempDbPath } from "./server";

/**
 * Fills a fresh database file with the demo data, exactly as `npm run demo`
 * does (the real seed script, the real migrations), and returns its path.
 */
export function seedDemo(dbPath = tempDbPath("kumi-demo")): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/demo-seed.ts"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: dbPath },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the demo seed failed:\n${result.stderr}${result.stdout}`);
  return dbPath;
}
