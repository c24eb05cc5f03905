const bearerPattern = /^Bearer\s+(\S+)$/i;

/** The token in `Authorization: Bearer <token>`, if that is what the header holds. */
export function bearerToken(headers: Headers): string | null {
  return bearerPattern.exec(headers.get('authorization') ?? '')?.[1] ?? null;
}
