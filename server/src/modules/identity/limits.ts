/** Sessions end after 7 idle days; activity slides the expiry forward. */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** Refreshing the expiry on every request would make every read a write; once a minute is plenty. */
export const SESSION_TOUCH_AFTER_MS = 60 * 1000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
export const PASSWORD_RESETS_PER_HOUR = 5;
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;

export const expiryFrom = (now: number) => new Date(now + SESSION_IDLE_MS);
