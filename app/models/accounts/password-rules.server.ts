import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { LIMITS } from "~/forms/auth-fields";

// zxcvbn-ts estimates how many guesses a password takes, with dictionaries of
// common passwords, names and words, and keyboard patterns. Score 3 ("safely
// unguessable: moderate protection from offline attacks") is the bar.
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return checker;
}

/** A reason is a locale key ("ns:key"); its values are LIMITS (min, max). */
export type PasswordCheck = { ok: true } | { ok: false; reason: string };

/**
 * The rules for a new password: 10–256 characters and not guessable. The
 * person's name and e-mail (userInputs) count as guessable too.
 */
export function checkPassword(password: string, userInputs: string[] = []): PasswordCheck {
  if (password.length < LIMITS.passwordMin) return { ok: false, reason: "auth:errors.passwordTooShort" };
  if (password.length > LIMITS.passwordMax) return { ok: false, reason: "auth:errors.passwordTooLong" };
  const inputs = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[\s@.+_-]+/)]).filter((s) => s.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return { ok: true };
  if (result.sequence.some((m) => m.pattern === "dictionary" && m.dictionaryName === "userInputs")) {
    return { ok: false, reason: "mail:password.personal" };
  }
  if (result.feedback.warning) return { ok: false, reason: "mail:password.common" };
  return { ok: false, reason: "mail:password.weak" };
}

/** The values a reason's message needs. */
export const PASSWORD_LIMITS = { min: LIMITS.passwordMin, max: LIMITS.passwordMax };
