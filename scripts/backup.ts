// Online backup of the SQLite database, safe while the server runs:
//   npm run backup -- [target-file]     (default: backups/kumi-<timestamp>.db)
import path from "node:path";
import fs from "node:fs";
import { getConnection, closeConnection } from "../db/client";
import { getEnv } from "../app/env.server";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(process.argv[2] ?? `backups/kumi-${stamp}.db`);
fs.mkdirSync(path.dirname(target), { recursive: true });

const { sqlite } = getConnection();
await sqlite.backup(target);
closeConnection();
const size = fs.statSync(target).size;
console.log(`Backed up ${getEnv().DATABASE_PATH} to ${target} (${(size / 1024).toFixed(0)} KiB)`);
