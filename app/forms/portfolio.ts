/** A portfolio's address: lower-case letters, digits and hyphens; 3 to 40 long; no hyphen at either end. */
export const HANDLE_PATTERN = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;
/** The most a profile may say in one language. */
export const PROFILE_MAX = 600;
