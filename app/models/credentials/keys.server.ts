import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { getEnv } from "~/env.server";

// The issuer's Ed25519 signing keys live in one JSON file (mode 0600), never in
// the database: a leaked database backup must not let anyone sign as kumi.
// The last key signs; earlier ones stay listed so old credentials still verify.

const keyFileSchema = z.object({
  keys: z
    .array(
      z.object({
        id: z.string().regex(/^key-\d+$/),
        publicKeyMultibase: z.string().startsWith("z"),
        secretKeyMultibase: z.string().startsWith("z"),
        createdAt: z.string(),
      }),
    )
    .min(1),
});
export type IssuerKey = z.infer<typeof keyFileSchema>["keys"][number];

export function credentialKeyPath(): string {
  const env = getEnv();
  return path.resolve(env.CREDENTIAL_KEY_PATH ?? path.join(path.dirname(env.DATABASE_PATH), "credential-keys.json"));
}

async function newKey(number: number): Promise<IssuerKey> {
  const Ed25519Multikey = await import("@digitalbazaar/ed25519-multikey");
  const pair = await Ed25519Multikey.generate();
  return {
    id: `key-${number}`,
    publicKeyMultibase: pair.publicKeyMultibase,
    secretKeyMultibase: pair.secretKeyMultibase!,
    createdAt: new Date().toISOString(),
  };
}

function readKeyFile(file: string): IssuerKey[] {
  const parsed = keyFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a kumi credential key file: ${parsed.error.issues[0]?.message}`);
  return parsed.data.keys;
}

function writeKeyFile(file: string, keys: IssuerKey[], flag: "wx" | "w") {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600, flag });
  fs.chmodSync(file, 0o600);
}

let cached: { file: string; keys: IssuerKey[] } | undefined;

/** The issuer's keys, oldest first; the file is created with a first key if missing. */
export async function issuerKeys(): Promise<IssuerKey[]> {
  const file = credentialKeyPath();
  if (cached?.file === file) return cached.keys;
  if (!fs.existsSync(file)) {
    try {
      // "wx": when two processes start at once, one creates the file and the other reads it.
      writeKeyFile(file, [await newKey(1)], "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  cached = { file, keys: readKeyFile(file) };
  return cached.keys;
}

/** Adds a new signing key; the old ones stay for verifying what they signed. Restart the server afterwards. */
export async function rotateIssuerKey(): Promise<IssuerKey> {
  const file = credentialKeyPath();
  const keys = await issuerKeys();
  const key = await newKey(Math.max(...keys.map((k) => Number(k.id.slice(4)))) + 1);
  const tmp = `${file}.tmp`;
  writeKeyFile(tmp, [...keys, key], "w");
  fs.renameSync(tmp, file);
  cached = undefined;
  return key;
}

export function currentKey(keys: IssuerKey[]): IssuerKey {
  return keys[keys.length - 1]!;
}
