import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../scripts/demo-accounts";
import { independentlyVerify } from "../credentials/independent-verifier";
import { seedDemo } from "../support/demo";
import { Client } from "../support/http-client";
import { query } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// The demo's graduate Natalia downloads her Open Badges credential; an employer
// verifies it offline (npm run credential:verify) with the DID document and the
// status list saved from kumi; after an admin revokes the certificate, the same
// file fails. Everything over HTTP against the built server.
let server: TestServer;
let code: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kumi-badge-"));
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  server = await startServer({ DATABASE_PATH: seedDemo(), AUTH_RATE_LIMIT_PER_MINUTE: "1000" });
  [{ code }] = query<{ code: string }>(server, "select c.code from certificates c join users u on u.id = c.user_id where u.email = 'natalia@demo.kumi.test' order by c.id limit 1") as [{ code: string }];
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

async function save(client: Client, url: string, name: string) {
  const res = await client.get(url);
  expect(res.status, url).toBe(200);
  const text = await res.text();
  fs.writeFileSync(file(name), text);
  return { res, json: JSON.parse(text) };
}

/**
 * Runs npm run credential:verify. Asynchronously: a blocking spawnSync would keep
 * this process from seeing the server close its idle keep-alive sockets, and the
 * next request would go out on a closed one.
 */
function cliVerify(credential = "natalia.json"): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/credential-verify.ts", file(credential), "--did", file("did.json"), "--status", file("status.json")]);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("exit", (status) => resolve({ status, output })));
}

describe("Natalia's Open Badges credential", () => {
  it("is offered on her certificate page with a QR code and an explanation in her language", async () => {
    const page = await new Client(server.url, { acceptLanguage: "uk" }).get(`/certificates/${code}`);
    const html = await page.text();
    expect(html).toContain(`href="/certificates/${code}/credential.json"`);
    expect(html).toContain(`src="/certificates/${code}/qr.svg"`);
    expect(html).toContain("гаманця Open Badges 3.0");
    expect(html).toContain("Підпис: дійсний");
    const qr = await new Client(server.url).get(`/certificates/${code}/qr.svg`);
    expect(qr.headers.get("content-type")).toBe("image/svg+xml");
    expect(await qr.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("downloads as a file that an independent verifier and npm run credential:verify accept, then fail once revoked", async () => {
    const employer = new Client(server.url);
    const { res, json: credential } = await save(employer, `/certificates/${code}/credential.json`, "natalia.json");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="kumi-certificate-${code}.json"`);
    expect(credential.credentialSubject.name).toBe("Natalia Hrytsenko");
    expect(JSON.stringify(credential)).not.toContain("natalia@demo.kumi.test");
    const { json: did } = await save(employer, "/.well-known/did.json", "did.json");
    expect(did.id).toBe(credential.issuer.id);
    const { json: status } = await save(employer, new URL(credential.credentialStatus.statusListCredential).pathname, "status.json");

    expect((await independentlyVerify(credential, did, status)).verified).toBe(true);
    const accepted = await cliVerify();
    expect(accepted.output).toContain("VALID");
    expect(accepted.status).toBe(0);
    fs.writeFileSync(file("forged.json"), JSON.stringify({ ...credential, credentialSubject: { ...credential.credentialSubject, name: "Natalia Hrytsenka" } }));
    const forged = await cliVerify("forged.json");
    expect(forged.output).toMatch(/signature: NOT valid — .*Invalid signature/);
    expect(forged.status).toBe(1);

    // A trainer may not revoke; an admin must give a reason.
    const trainer = new Client(server.url);
    await trainer.post("/login", { email: "yuki@demo.kumi.test", password: DEMO_PASSWORD });
    expect((await trainer.post(`/certificates/${code}`, { intent: "revoke", reason: "no" })).status).toBe(404);
    // The demo admin reads kumi in Ukrainian (her account's language).
    const admin = new Client(server.url);
    expect((await admin.post("/login", { email: "admin@demo.kumi.test", password: DEMO_PASSWORD })).status).toBe(302);
    expect(await (await admin.get(`/certificates/${code}`)).text()).toContain("Відкликати сертифікат");
    const empty = await admin.post(`/certificates/${code}`, { intent: "revoke", reason: "  " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Напишіть, будь ласка, чому сертифікат відкликано.");

    const revoked = await admin.post(`/certificates/${code}`, { intent: "revoke", reason: "Issued by mistake in the demo" });
    expect(revoked.status).toBe(303);
    expect(query(server, "select reason, revoked_by is not null as byAdmin from certificate_revocations")).toEqual([{ reason: "Issued by mistake in the demo", byAdmin: 1 }]);
    // …and in the admins' audit log, with the certificate and the reason.
    expect(
      query(server, "select action, json_extract(detail, '$.reason') as reason from audit_log where action = 'certificate_revoked'"),
    ).toEqual([{ action: "certificate_revoked", reason: "Issued by mistake in the demo" }]);
    const page = await (await employer.get(`/certificates/${code}`)).text();
    expect(page).toContain("This certificate was revoked on");
    expect(page).toContain("Status: revoked");

    const { json: newStatus } = await save(employer, new URL(credential.credentialStatus.statusListCredential).pathname, "status.json");
    expect((await independentlyVerify(credential, did, newStatus)).verified).toBe(false);
    const refused = await cliVerify();
    expect(refused.output).toContain("REVOKED");
    expect(refused.status).toBe(1);
  }, 60_000);

  it("keeps the credential libraries out of the browser bundle", () => {
    const files = fs.readdirSync("build/client/assets").filter((f) => f.endsWith(".js"));
    const leaking = files.filter((f) => /eddsa-rdfc-2022|@digitalbazaar|rdf-canonize|BitstringStatusList/.test(fs.readFileSync(path.join("build/client/assets", f), "utf8")));
    expect(leaking).toEqual([]);
  });
});
