import { z } from 'zod';

// The server's environment, parsed once. Nothing else reads process.env for settings.
const ZEnv = z.object({
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  NEXTAUTH_SECRET: z.string().min(32, 'AUTH_SECRET (or NEXTAUTH_SECRET) must be at least 32 characters').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_RUNTIME: z.string().optional(),
});

export type Env = z.infer<typeof ZEnv>;

// `next build` imports server modules to collect page data; no database is needed for that.
const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build';

function parseEnv(): Env {
  const source = {
    ...process.env,
    NEXTAUTH_SECRET: process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || undefined,
    ...(isBuildPhase ? { DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://build-only@127.0.0.1/none' } : {}),
  };
  const parsed = ZEnv.refine(
    // A production server without a secret would sign sessions with one next-auth derives itself.
    (parsedEnv) => isBuildPhase || !parsedEnv.NEXT_RUNTIME || parsedEnv.NODE_ENV !== 'production' || parsedEnv.NEXTAUTH_SECRET,
    { path: ['AUTH_SECRET'], message: 'AUTH_SECRET (or NEXTAUTH_SECRET) is required in production: `npm start` sets it, or see the README' },
  ).safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export const env = parseEnv();

// Apart from `env` so that hashing a password needs no database settings. OWASP's cost is the
// floor: only test runs may go below it, and every stored hash records the cost it was made with.
const owaspLog2N = 17;
const ZPasswordHashing = z
  .object({
    SCRYPT_LOG2_N: z.coerce.number().int().min(10).max(20).default(owaspLog2N),
    FACTCHECK_TEST_RUN: z.enum(['1']).optional(),
    NODE_ENV: z.string().optional(),
  })
  .refine((parsedEnv) => parsedEnv.SCRYPT_LOG2_N >= owaspLog2N || parsedEnv.NODE_ENV === 'test' || parsedEnv.FACTCHECK_TEST_RUN === '1', {
    path: ['SCRYPT_LOG2_N'],
    message: `SCRYPT_LOG2_N must be at least ${owaspLog2N} (OWASP's N=2^${owaspLog2N}); a smaller cost is for test runs only`,
  });

/** scrypt's N for new password hashes, from SCRYPT_LOG2_N. */
export function scryptCostN(source: NodeJS.ProcessEnv = process.env): number {
  const parsed = ZPasswordHashing.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n  ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n  ')}`);
  return 2 ** parsed.data.SCRYPT_LOG2_N;
}
