// How long a browser session lasts. The session cookie is a signed JWT that expires after
// `idleSeconds` without a request; the proxy re-issues it (sliding) at most every
// `refreshAfterSeconds`. However active, a session ends `absoluteSeconds` after sign-in, and any
// session ends when the account is deactivated or its password reset.
export const sessionLifetime = {
  idleSeconds: 60 * 60,
  absoluteSeconds: 12 * 60 * 60,
  refreshAfterSeconds: 5 * 60,
} as const;

/** Whether a session that began at `authTime` (milliseconds since the epoch) is past its absolute lifetime. */
export function isSessionTooOld(authTime: number, now = Date.now()): boolean {
  return now - authTime > sessionLifetime.absoluteSeconds * 1000;
}
