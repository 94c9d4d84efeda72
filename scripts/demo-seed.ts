// Fills a fresh demo database with one account per role. Called by scripts/demo.ts.
import fs from "node:fs";
import { closeConnection } from "../db/client";
import { getEnv } from "../app/env.server";
import { createUser, type Role } from "../app/models/users.server";
import type { Locale } from "../app/i18n/config";

export const DEMO_PASSWORD = "kumi-demo-2026";

export const DEMO_ACCOUNTS: { name: string; email: string; locale: Locale; roles: Role[]; what: string }[] = [
  { name: "Olena Kovalenko", email: "olena@demo.kumi.test", locale: "uk", roles: ["learner"], what: "learner" },
  { name: "佐藤 由紀", email: "yuki@demo.kumi.test", locale: "ja", roles: ["trainer"], what: "trainer" },
  { name: "Daniel Brooks", email: "daniel@demo.kumi.test", locale: "en", roles: ["partner"], what: "partner manager" },
  { name: "Mariia Shevchenko", email: "admin@demo.kumi.test", locale: "uk", roles: ["admin"], what: "admin" },
];

const file = getEnv().DATABASE_PATH;
// Demo data is disposable: start from an empty database every time.
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });

for (const account of DEMO_ACCOUNTS) {
  await createUser({ ...account, password: DEMO_PASSWORD });
}
closeConnection();

const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD})`);
for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(width)}  ${a.what} (${a.locale})`);
console.log("");
