import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "~/env.server";

// In-process counters: kumi runs as one Node process on one SQLite file
// (docs/decisions/004-rate-limits-in-memory.md). Keys are namespaced so that
// login and sign-up budgets are separate.
let limiter: RateLimiterMemory | undefined;
function authLimiter(): RateLimiterMemory {
  limiter ??= new RateLimiterMemory({
    keyPrefix: "auth",
    points: getEnv().AUTH_RATE_LIMIT_PER_MINUTE,
    duration: 60,
  });
  return limiter;
}

export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

function verdict(retryAfterMs: number): RateLimitVerdict {
  return { allowed: retryAfterMs === 0, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
}

/**
 * Counts one attempt against every key (e.g. the client IP and the e-mail);
 * refused when any of them is over budget.
 */
export async function consumeAuthAttempt(keys: string[]): Promise<RateLimitVerdict> {
  let retryAfterMs = 0;
  for (const key of keys) {
    try {
      await authLimiter().consume(key);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      retryAfterMs = Math.max(retryAfterMs, res.msBeforeNext);
    }
  }
  return verdict(retryAfterMs);
}

// Failed sign-ins, counted as rate-limiter-flexible's login-protection pattern
// does: only failures count, so a stranger's wrong guesses from elsewhere cannot
// use up the owner's budget. The per-account counter is a backstop against
// guessing from many addresses, set far above what one address can reach.
const HOUR = 60 * 60;
const DAY = 24 * HOUR;
interface LoginLimiters {
  inARow: RateLimiterMemory;
  perIp: RateLimiterMemory;
  perAccount: RateLimiterMemory;
}
let loginLimiters: LoginLimiters | undefined;
function login(): LoginLimiters {
  const env = getEnv();
  loginLimiters ??= {
    inARow: new RateLimiterMemory({ keyPrefix: "login-fail-email-ip", points: env.LOGIN_FAILS_IN_A_ROW, duration: HOUR }),
    perIp: new RateLimiterMemory({ keyPrefix: "login-fail-ip", points: env.LOGIN_FAILS_PER_IP_PER_DAY, duration: DAY }),
    perAccount: new RateLimiterMemory({ keyPrefix: "login-fail-email", points: env.LOGIN_FAILS_PER_ACCOUNT_PER_DAY, duration: DAY }),
  };
  return loginLimiters;
}

function loginKeys(ip: string, email: string) {
  const account = email.toLowerCase();
  return { inARow: `${account}_${ip}`, perIp: ip, perAccount: account };
}

/** Whether this address may try this account now (before the password is checked). */
export async function checkLoginAllowed(ip: string, email: string): Promise<RateLimitVerdict> {
  const limiters = login();
  const keys = loginKeys(ip, email);
  let retryAfterMs = 0;
  for (const name of ["inARow", "perIp", "perAccount"] as const) {
    const res = await limiters[name].get(keys[name]);
    if (res && res.consumedPoints >= limiters[name].points) retryAfterMs = Math.max(retryAfterMs, res.msBeforeNext);
  }
  return verdict(retryAfterMs);
}

/** A wrong password: counts against the address, the account and the pair. */
export async function recordLoginFailure(ip: string, email: string): Promise<void> {
  const limiters = login();
  const keys = loginKeys(ip, email);
  for (const name of ["inARow", "perIp", "perAccount"] as const) {
    try {
      await limiters[name].consume(keys[name]);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
    }
  }
}

/** A right password ends the run of failures from this address. */
export async function recordLoginSuccess(ip: string, email: string): Promise<void> {
  const keys = loginKeys(ip, email);
  await login().inARow.delete(keys.inARow);
}

// Password-reset requests: each sends an e-mail, so besides the per-minute
// budget above, an address gets a few per hour (whether or not it has an account).
let resetLimiter: RateLimiterMemory | undefined;
export async function consumePasswordResetRequest(email: string): Promise<RateLimitVerdict> {
  resetLimiter ??= new RateLimiterMemory({ keyPrefix: "reset-email", points: getEnv().PASSWORD_RESET_PER_HOUR, duration: HOUR });
  try {
    await resetLimiter.consume(email.trim().toLowerCase());
    return verdict(0);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    return verdict(res.msBeforeNext);
  }
}
