/** Field limits shared by the forms (client) and their validation (server). */
export const LIMITS = { nameMax: 100, emailMax: 254, passwordMin: 10, passwordMax: 256 } as const;

/** The hidden field bots fill in and people never see. */
export const HONEYPOT_FIELD = "website";
