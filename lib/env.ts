import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import ipaddr from 'ipaddr.js';

// The environment, in one place: every setting the server, the proxy and the command-line tools
// read, with its rule. Nothing else reads process.env for settings. Each is read when asked for:
// the start-up scripts and the HTTP server in front of Next run before a database is chosen.

type Source = Record<string, string | undefined>;

function parseOrThrow<T>(schema: z.ZodType<T>, source: Source): T {
  const parsed = schema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n  ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n  ')}`);
  return parsed.data;
}

const minimumSecretLength = 32;
export const makeSecretCommand = `node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`;

/** The session-signing secret when one is set: AUTH_SECRET (Auth.js's name) or NEXTAUTH_SECRET, at least 32 characters. */
export function configuredSessionSecret(source: Source = process.env): string | undefined {
  const secret = source.AUTH_SECRET || source.NEXTAUTH_SECRET || undefined;
  if (secret !== undefined && secret.length < minimumSecretLength) {
    throw new Error(`AUTH_SECRET must be at least ${minimumSecretLength} characters. Make one with:\n  ${makeSecretCommand}`);
  }
  return secret;
}

/** The site's public address (NEXTAUTH_URL), when it is set to one. */
export function publicSiteUrl(source: Source = process.env): URL | null {
  const configured = source.NEXTAUTH_URL;
  return configured && URL.canParse(configured) ? new URL(configured) : null;
}

/** Whether the site is served over HTTPS, which makes its session cookie __Secure- and Secure. */
export function isSecureSite(source: Source = process.env): boolean {
  return publicSiteUrl(source)?.protocol === 'https:';
}

/** The PostgreSQL server the operator chose (DATABASE_URL), or undefined for the embedded database. */
export function configuredDatabaseUrl(source: Source = process.env): string | undefined {
  return source.DATABASE_URL || undefined;
}

/** Where the embedded database keeps its data: FACTCHECK_DATA_DIR, or .data/ in the project. */
export function embeddedDataDir(source: Source = process.env): string {
  return source.FACTCHECK_DATA_DIR ?? path.resolve(process.cwd(), '.data');
}

const poolSizeRule = 'DATABASE_POOL_SIZE must be a whole number from 1 to 100 (connections per worker process)';
const ZPoolSize = z.coerce.number({ message: poolSizeRule }).int(poolSizeRule).min(1, poolSizeRule).max(100, poolSizeRule);

/** DATABASE_POOL_SIZE when it is set: the connections each worker process may open. */
export function configuredPoolSize(source: Source = process.env): number | undefined {
  return parseOrThrow(z.object({ DATABASE_POOL_SIZE: ZPoolSize.optional() }), { DATABASE_POOL_SIZE: source.DATABASE_POOL_SIZE || undefined }).DATABASE_POOL_SIZE;
}

const workersRule = 'FACTCHECK_WORKERS must be a whole number of server processes, 1 or more (unset: one per core)';

/** How many worker processes serve the port (FACTCHECK_WORKERS): one per core unless told otherwise. */
export function serverWorkerCount(source: Source = process.env): number {
  const schema = z.object({ FACTCHECK_WORKERS: z.coerce.number({ message: workersRule }).int(workersRule).min(1, workersRule).default(os.availableParallelism()) });
  return parseOrThrow(schema, { FACTCHECK_WORKERS: source.FACTCHECK_WORKERS?.trim() || undefined }).FACTCHECK_WORKERS;
}

const ZEnv = z.object({
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  DATABASE_POOL_SIZE: ZPoolSize.default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  // A hot standby of DATABASE_URL's server, for the reads that may lag (lib/database/lag-tolerant-reads.ts).
  DATABASE_REPLICA_URL: z.preprocess((value) => value || undefined, z.url({ message: 'DATABASE_REPLICA_URL must be a postgresql:// URL' }).optional()),
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  // LISTEN needs a session of its own: behind PgBouncer in transaction pooling, point this at
  // PostgreSQL itself (lib/live). DATABASE_URL when not set.
  DATABASE_LISTEN_URL: z.preprocess((value) => value || undefined, z.url({ message: 'DATABASE_LISTEN_URL must be a postgresql:// URL' }).optional()),
  // Live connections (open pages following a report) one server process keeps at once, and per person.
  FACTCHECK_LIVE_MAX_CONNECTIONS: z.coerce.number().int().min(0).max(100_000).default(1_000),
  FACTCHECK_LIVE_MAX_PER_USER: z.coerce.number().int().min(1).max(1_000).default(8),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_RUNTIME: z.string().optional(),
});

export type Env = z.infer<typeof ZEnv> & { NEXTAUTH_SECRET: string | undefined };

// `next build` imports server modules to collect page data; no database is needed for that.
const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build';

function parseEnv(): Env {
  const parsed = parseOrThrow(ZEnv, isBuildPhase ? { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://build-only@127.0.0.1/none' } : process.env);
  const secret = configuredSessionSecret();
  // A production server without a secret would sign sessions with one next-auth derives itself.
  if (!secret && !isBuildPhase && parsed.NEXT_RUNTIME && parsed.NODE_ENV === 'production') {
    throw new Error('Invalid environment:\n  AUTH_SECRET: AUTH_SECRET (or NEXTAUTH_SECRET) is required in production: `npm start` sets it, or see docs/operations.md');
  }
  return { ...parsed, NEXTAUTH_SECRET: secret };
}

let parsedEnv: Env | undefined;

/** The database and runtime settings, parsed and checked on first use. */
export function serverEnv(): Env {
  parsedEnv ??= parseEnv();
  return parsedEnv;
}

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
  return 2 ** parseOrThrow(ZPasswordHashing, source).SCRYPT_LOG2_N;
}


// The settings of the HTTP server in front of Next (scripts/serve.ts).
const ZEdgeSettings = z.object({
  PORT: z.coerce.number({ message: 'PORT must be a port number' }).int().min(1).max(65_535).default(3000),
  // Where to listen: every interface unless told otherwise (HOST=127.0.0.1 behind a local reverse proxy).
  HOST: z.string().trim().min(1).optional(),
  FACTCHECK_TRUSTED_PROXIES: z.coerce
    .number()
    .int('FACTCHECK_TRUSTED_PROXIES must be a whole number (0 when no reverse proxy is in front)')
    .min(0, 'FACTCHECK_TRUSTED_PROXIES must be a whole number (0 when no reverse proxy is in front)')
    .default(0),
  FACTCHECK_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((value) => (value ?? '').split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
    .refine((hosts) => hosts.every((host) => hostName(host) === host), {
      message: 'FACTCHECK_ALLOWED_HOSTS must be host names separated by commas, without scheme, port or path (news.example.org,localhost)',
    }),
});

export type EdgeSettings = { port: number; host: string | undefined; trustedProxies: number; allowedHosts: string[] };

/** The host name a Host (or X-Forwarded-Host) header names, lower-cased and without its port; null if it names none. */
export function hostName(header: string | undefined): string | null {
  if (!header || /[\s/\\@?#]/.test(header) || !URL.canParse(`http://${header}`)) return null;
  return new URL(`http://${header}`).hostname || null;
}

export function readEdgeSettings(source: Source = process.env): EdgeSettings {
  const { PORT, HOST, FACTCHECK_TRUSTED_PROXIES, FACTCHECK_ALLOWED_HOSTS } = parseOrThrow(ZEdgeSettings, source);
  return { port: PORT, host: HOST, trustedProxies: FACTCHECK_TRUSTED_PROXIES, allowedHosts: FACTCHECK_ALLOWED_HOSTS };
}

/** Hosts and address ranges that importing from a URL may reach although they are not public. */
export type FetchAllowList = { hosts: string[]; ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

const fetchAllowListRule =
  'FACTCHECK_FETCH_ALLOWED_HOSTS must be host names, addresses or CIDR ranges separated by commas (intranet.example.org,10.1.0.0/16,::1)';

/**
 * FACTCHECK_FETCH_ALLOWED_HOSTS: what importing from a URL may reach beyond the public internet
 * (empty by default: no loopback, private, link-local or metadata address). A host name permits
 * whatever it resolves to; an address or range permits those addresses under any name.
 */
export function fetchAllowList(source: Source = process.env): FetchAllowList {
  const entries = (source.FACTCHECK_FETCH_ALLOWED_HOSTS ?? '').split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  const allowList: FetchAllowList = { hosts: [], ranges: [] };
  for (const entry of entries) {
    const address = entry.replace(/^\[(.*)\]$/, '$1');
    if (ipaddr.isValidCIDR(address)) {
      const [range, bits] = ipaddr.parseCIDR(address);
      allowList.ranges.push([range, bits]);
    } else if (ipaddr.isValid(address) && (ipaddr.IPv4.isValidFourPartDecimal(address) || address.includes(':'))) {
      const parsed = ipaddr.parse(address);
      allowList.ranges.push([parsed, parsed.kind() === 'ipv4' ? 32 : 128]);
    } else if (hostName(entry) === entry) {
      allowList.hosts.push(entry);
    } else {
      throw new Error(`Invalid environment:\n  FACTCHECK_FETCH_ALLOWED_HOSTS: ${fetchAllowListRule}; "${entry}" is none of them`);
    }
  }
  return allowList;
}
