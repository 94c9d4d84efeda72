import { createHash } from "node:crypto";
import fs from "node:fs";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { describe, expect, it } from "vitest";
import { issueCertificate } from "~/models/certificates.server";
import { checkCertificateCredential, openBadgeFor, ownDidDocument, revokeCertificate, statusListCredential, statusListExists } from "~/models/credentials/index.server";
import { offlineLoader } from "~/models/credentials/contexts.server";
import { credentialKeyPath, rotateIssuerKey } from "~/models/credentials/keys.server";
import { createUser } from "~/models/users.server";
import { independentlyVerify } from "./independent-verifier";

let n = 0;
async function graduate(locale: "en" | "uk" | "ja" = "uk") {
  n += 1;
  const user = await createUser({ name: `Олена Коваль ${n}`, email: `Olena${n}@Example.org`, password: "long enough", locale });
  return issueCertificate(user.id, "rpa-foundations", null).certificate;
}

// Credentials are JSON-LD of many shapes; the tests read them loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const didDoc = async () => JSON.parse(JSON.stringify(await ownDidDocument())) as Json & { id: string; verificationMethod: Json[] };

describe("Open Badges 3.0 credentials", () => {
  it("issues a signed OpenBadgeCredential that an independent verifier accepts", async () => {
    const certificate = await graduate();
    const credential = (await openBadgeFor(certificate)) as Json;
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.proof.type).toBe("DataIntegrityProof");
    expect(credential.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    expect(credential.issuer.id).toMatch(/^did:web:localhost%3A\d+$/);
    const achievement = credential.credentialSubject.achievement;
    // The learner's language first, English after.
    expect(achievement.name).toMatch(/^[^a-zA-Z]+.* \/ .*[a-zA-Z]/);
    expect(achievement.criteria.narrative).toContain("hours of study");
    expect(achievement.tag.length).toBeGreaterThan(0);
    // The e-mail never appears in clear; its salted hash does.
    const text = JSON.stringify(credential).toLowerCase();
    expect(text).not.toContain(`olena${n}@example.org`);
    const email = credential.credentialSubject.identifier.find((i: Json) => i.identityType === "emailAddress");
    expect(email.identityHash).toBe(`sha256$${createHash("sha256").update(`olena${n}@example.org${email.salt}`).digest("hex")}`);

    const result = await independentlyVerify(credential, await didDoc(), await statusListCredential(1));
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    // Issued once: the same file every time.
    expect(await openBadgeFor(certificate)).toEqual(credential);
    expect(await checkCertificateCredential(certificate)).toMatchObject({ valid: true, status: "active" });
  });

  it("fails when one byte of the credential changes", async () => {
    const credential = (await openBadgeFor(await graduate())) as Json;
    const tampered = JSON.parse(JSON.stringify(credential).replace(/Олена/, "Олёна"));
    expect(JSON.stringify(tampered).length).toBe(JSON.stringify(credential).length);
    const result = await independentlyVerify(tampered, await didDoc(), await statusListCredential(1));
    expect(result.verified).toBe(false);
    expect(result.error?.errors?.map((e) => e.message).join()).toMatch(/signature/i);
  });

  it("fails against a DID document whose key is not the one that signed", async () => {
    const credential = (await openBadgeFor(await graduate())) as Json;
    const did = await didDoc();
    const other = await Ed25519Multikey.generate();
    for (const method of did.verificationMethod) method.publicKeyMultibase = other.publicKeyMultibase;
    const result = await independentlyVerify(credential, did, await statusListCredential(1));
    expect(result.verified).toBe(false);
  });

  it("fails its status check once the certificate is revoked", async () => {
    const [certificate, bystander] = [await graduate(), await graduate()];
    const credential = await openBadgeFor(certificate);
    const admin = await createUser({ name: "Admin", email: `admin${n}@example.org`, password: "long enough", locale: "en", roles: ["admin"] });
    revokeCertificate(certificate.id, admin.id, "Issued by mistake");
    const list = await statusListCredential(1);
    const result = await independentlyVerify(credential, await didDoc(), list);
    expect(result.verified).toBe(false);
    expect(result.statusResult?.verified).toBe(false);
    expect(await checkCertificateCredential(certificate)).toMatchObject({ valid: false, status: "revoked", signature: { valid: true } });
    // The others stay valid.
    expect((await independentlyVerify(await openBadgeFor(bystander), await didDoc(), list)).verified).toBe(true);
  });

  it("keeps the key file private and old credentials valid after a key rotation", async () => {
    const old = await openBadgeFor(await graduate());
    expect(fs.statSync(credentialKeyPath()).mode & 0o777).toBe(0o600);
    const key = await rotateIssuerKey();
    expect(fs.statSync(credentialKeyPath()).mode & 0o777).toBe(0o600);
    const fresh = (await openBadgeFor(await graduate())) as Json;
    expect(fresh.proof.verificationMethod).toMatch(new RegExp(`#${key.id}$`));
    const did = await didDoc();
    expect(did.verificationMethod).toHaveLength(2);
    const list = await statusListCredential(1);
    expect((await independentlyVerify(old, did, list)).verified).toBe(true);
    expect((await independentlyVerify(fresh, did, list)).verified).toBe(true);
  });
});

describe("status lists", () => {
  it("exist only up to the list of the newest certificate", async () => {
    await graduate();
    expect(statusListExists(1)).toBe(true);
    expect(statusListExists(2)).toBe(false);
    expect(statusListExists(0)).toBe(false);
  });
});

describe("the offline document loader", () => {
  it("answers the bundled contexts and refuses any other address instead of fetching it", async () => {
    const load = offlineLoader(() => undefined);
    for (const url of ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://w3id.org/security/data-integrity/v2", "https://w3id.org/security/multikey/v1", "https://www.w3.org/ns/did/v1"]) {
      expect((await load(url)).document, url).toBeTruthy();
    }
    await expect(load("https://www.w3.org/2018/credentials/examples/v1")).rejects.toThrow(/not available offline/);
  });
});
