import { z } from 'zod';

// The server's environment, parsed once. Nothing else reads process.env for settings.
const ZEnv = z.object({
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof ZEnv>;

// `next build` imports server modules to collect page data; no database is needed for that.
const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build';

function parseEnv(): Env {
  const source = isBuildPhase
    ? { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://build-only@127.0.0.1/none' }
    : process.env;
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export const env = parseEnv();
