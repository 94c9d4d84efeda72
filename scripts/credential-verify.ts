// Verifies a kumi Open Badges 3.0 credential offline, as an employer would:
//   npm run credential:verify -- credential.json --did did.json [--status status-list.json]
// did.json is the issuer's DID document (saved from https://<kumi>/.well-known/did.json),
// status-list.json its revocation list (the credential's credentialStatus.statusListCredential).
// Nothing is fetched: the contexts are bundled. Exit code 0 = valid, 1 = not valid, 2 = bad input.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { offlineLoader } from "../app/models/credentials/contexts.server";
import { resolveInDidDocument } from "../app/models/credentials/did.server";
import { checkOpenBadge } from "../app/models/credentials/verify.server";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function readJson(file: string, what: string): Record<string, unknown> {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    return fail(`Cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { did: { type: "string" }, status: { type: "string", multiple: true } },
});
if (positionals.length !== 1) fail("Usage: npm run credential:verify -- credential.json --did did.json [--status status-list.json]");

const credential = readJson(positionals[0]!, "credential");
if (!values.did) fail("Give the issuer's DID document with --did (save it from https://<kumi host>/.well-known/did.json).");
const did = readJson(values.did, "DID document") as { id?: unknown; verificationMethod?: unknown };
if (typeof did.id !== "string" || !Array.isArray(did.verificationMethod)) fail(`${values.did} is not a DID document (no "id" or "verificationMethod").`);
const didDocument = did as { id: string; verificationMethod: { id: string }[] };
const statusLists = new Map((values.status ?? []).map((file) => readJson(file, "status list")).map((list) => [String(list.id), list]));
if (credential.credentialStatus && statusLists.size === 0) {
  fail("The credential has a revocation status: give its status list with --status (save it from the credential's statusListCredential address).");
}

const issuer = typeof credential.issuer === "object" && credential.issuer ? (credential.issuer as { id?: unknown }).id : credential.issuer;
if (issuer !== didDocument.id) console.error(`Note: the credential's issuer is ${String(issuer)}, the DID document is ${didDocument.id}.`);

const loader = offlineLoader((url) => (url.startsWith(didDocument.id) ? resolveInDidDocument(didDocument, url) : statusLists.get(url)));
const check = await checkOpenBadge(credential, loader);
console.log(check.signature.valid ? `✓ signature: valid (${didDocument.id})` : `✗ signature: NOT valid — ${check.signature.problem}`);
if (check.status === "active") console.log("✓ status: not revoked");
else if (check.status === "revoked") console.log("✗ status: REVOKED by the issuer");
else if (check.status === "unavailable") console.log(`✗ status: could not be checked — ${check.statusProblem}`);
else console.log("- status: not checked (the signature failed)");
console.log(check.valid ? "VALID" : "NOT VALID");
process.exit(check.valid ? 0 : 1);
