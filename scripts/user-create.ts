// Creates an account from the command line (the first admin, or staff):
//   npm run user:create -- --email a@example.org --name "Aiko Tanaka" --role admin [--role trainer] [--locale ja]
// The password is read from KUMI_PASSWORD, or asked for on the terminal.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { closeConnection } from "../db/client";
import { LIMITS } from "../app/forms/auth-fields";
import { LOCALES } from "../app/i18n/config";
import { EmailTakenError, ROLES, createUser } from "../app/models/users.server";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", multiple: true },
    locale: { type: "string", default: "en" },
  },
});

const schema = z.object({
  email: z.email("--email must be an e-mail address"),
  name: z.string("--name is required").trim().min(1, "--name is required").max(LIMITS.nameMax),
  role: z.array(z.enum(ROLES, `--role must be one of: ${ROLES.join(", ")}`)).default(["learner"]),
  locale: z.enum(LOCALES, `--locale must be one of: ${LOCALES.join(", ")}`),
});

const parsed = schema.safeParse(values);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(issue.message);
  console.error('Usage: npm run user:create -- --email a@example.org --name "Name" --role admin [--locale en|uk|ja]');
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.env.KUMI_PASSWORD) return process.env.KUMI_PASSWORD;
  if (!process.stdin.isTTY) {
    console.error("Set KUMI_PASSWORD or run in a terminal to type the password.");
    process.exit(2);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const password = await rl.question(`Password (at least ${LIMITS.passwordMin} characters): `);
  rl.close();
  return password;
}

const password = await readPassword();
if (password.length < LIMITS.passwordMin || password.length > LIMITS.passwordMax) {
  console.error(`The password must have ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters.`);
  process.exit(2);
}

try {
  const user = await createUser({ ...parsed.data, password, roles: parsed.data.role, emailVerified: true });
  console.log(`Created ${user.email} (${user.roles.join(", ")}), id ${user.id}`);
} catch (error) {
  if (error instanceof EmailTakenError) {
    console.error(`An account with ${parsed.data.email} already exists.`);
    process.exit(1);
  }
  throw error;
} finally {
  closeConnection();
}
