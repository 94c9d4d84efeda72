/** The longest reason an admin may give for revoking a certificate (the form and the audit row share it). */
export const REVOCATION_REASON_MAX = 500;
