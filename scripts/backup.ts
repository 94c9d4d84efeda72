// Online backup of the SQLite database, safe while the server runs:
//   npm run backup -- [target-file]     (default: backups/kumi-<timestamp>.db)
// The credential signing keys are copied beside it (<target>.credential-keys.json, mode 0600),
// and the files delivered on the work board (<target>.deliverables/).
import path from "node:path";
import fs from "node:fs";
import { getConnection, closeConnection } from "../db/client";
import { getEnv } from "../app/env.server";
import { credentialKeyPath } from "../app/models/credentials/keys.server";
import { deliverablesDirectory } from "../app/models/work/deliverable-files.server";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(process.argv[2] ?? `backups/kumi-${stamp}.db`);
fs.mkdirSync(path.dirname(target), { recursive: true });

const { sqlite } = getConnection();
await sqlite.backup(target);
closeConnection();
const size = fs.statSync(target).size;
console.log(`Backed up ${getEnv().DATABASE_PATH} to ${target} (${(size / 1024).toFixed(0)} KiB)`);

// Without the keys, a restored kumi would make a new one and drop the old keys
// from its DID document: every credential issued so far would stop verifying.
const keyFile = credentialKeyPath();
if (fs.existsSync(keyFile)) {
  const keyTarget = target.replace(/\.db$/, "") + ".credential-keys.json";
  fs.copyFileSync(keyFile, keyTarget);
  fs.chmodSync(keyTarget, 0o600);
  console.log(`Copied the credential signing keys ${keyFile} to ${keyTarget} (keep it as private as the database)`);
}

// The database only names delivered files; the files themselves live beside it.
// Copied after the database, so every file the backup's rows name is there.
const deliverables = deliverablesDirectory();
if (fs.existsSync(deliverables)) {
  const filesTarget = target.replace(/\.db$/, "") + ".deliverables";
  fs.cpSync(deliverables, filesTarget, { recursive: true });
  console.log(`Copied the delivered files ${deliverables} to ${filesTarget}`);
}
