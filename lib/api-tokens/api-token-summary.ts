/** What a token list shows: never the hash. */
export const apiTokenSummarySelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;
