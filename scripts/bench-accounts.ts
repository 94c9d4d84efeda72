import { createHash } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

// Benchmark sessions are derived from a label, so the seed can store their
// hashes and the bench can present the tokens without logging in 200 times.
export const BENCH_PASSWORD = "bench-password-2026";

export function benchToken(label: string): string {
  return encodeBase32LowerCaseNoPadding(createHash("sha256").update(`kumi-bench:${label}`).digest().subarray(0, 20));
}
