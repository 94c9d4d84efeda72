import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

const DEVELOPMENT_MAIL_LINK_SECRET = "kumi-development-mail-link-secret-change-me";

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default("data/kumi.db"),
  CONTENT_DIR: z.string().min(1).default("content"),
  // Rendered lessons survive restarts here; "off" renders everything on every start.
  CONTENT_CACHE_PATH: z.string().min(1).default(".cache/content-render.json"),
  // Public origin (scheme://host[:port]) used for the CSRF Origin check when the
  // app sits behind a proxy that rewrites Host. Empty: derived from the request.
  APP_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((u) => new URL(u).origin)
    .optional(),
  // Trust X-Forwarded-For from this many proxy hops (express "trust proxy").
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  // Failed sign-ins (docs/decisions/004-rate-limits-in-memory.md).
  LOGIN_FAILS_IN_A_ROW: z.coerce.number().int().min(1).max(10_000).default(10),
  LOGIN_FAILS_PER_IP_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(100),
  LOGIN_FAILS_PER_ACCOUNT_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(100),
  LOG_REQUESTS: booleanString.default(false),
  // The Open Badges signing keys (JSON, mode 0600). Empty: credential-keys.json
  // beside the database (data/ by default). Back it up with the database.
  CREDENTIAL_KEY_PATH: z.string().min(1).optional(),
  // E-mail (docs/decisions/014-mail-outbox.md). Without SMTP_URL every e-mail
  // stays in the outbox, readable by admins at /admin/mail.
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be smtp://user:pass@host:port or smtps://…" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("kumi <no-reply@kumi.localhost>"),
  // Signs the unsubscribe links in notification e-mails. The default is only
  // fit for development and the demo; production sets its own.
  MAIL_LINK_SECRET: z.string().min(32).default(DEVELOPMENT_MAIL_LINK_SECRET),
  // The sender loop: how often it looks for due e-mail, the first retry delay
  // (doubled on every failure) and how many tries before an e-mail is failed.
  MAIL_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  PASSWORD_RESET_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(5),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Validates the environment once at start. A bad variable stops the process with
 * a message naming it, instead of failing later in some request.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(cleaned[String(issue.path[0])])})`,
    );
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

/**
 * What a production start should say out loud: settings that work but are
 * wrong once real e-mail goes out. (Development and the demo send none.)
 */
export function productionWarnings(env: Env): string[] {
  if (env.NODE_ENV !== "production" || !env.SMTP_URL) return [];
  const warnings: string[] = [];
  if (env.MAIL_LINK_SECRET === DEVELOPMENT_MAIL_LINK_SECRET) {
    warnings.push("MAIL_LINK_SECRET is the development value: anyone can forge unsubscribe links. Set a random value of 32 characters or more.");
  }
  if (!env.APP_ORIGIN) warnings.push("APP_ORIGIN is not set: links in e-mails will not point to this instance.");
  return warnings;
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
