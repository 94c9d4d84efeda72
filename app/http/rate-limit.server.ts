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
  return { allowed: retryAfterMs === 0, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
}
