import { z } from 'zod';

// The settings of the HTTP server in front of Next (scripts/serve.ts), read from its environment.
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

export function readEdgeSettings(source: Record<string, string | undefined> = process.env): EdgeSettings {
  const parsed = ZEdgeSettings.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n  ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n  ')}`);
  const { PORT, HOST, FACTCHECK_TRUSTED_PROXIES, FACTCHECK_ALLOWED_HOSTS } = parsed.data;
  return { port: PORT, host: HOST, trustedProxies: FACTCHECK_TRUSTED_PROXIES, allowedHosts: FACTCHECK_ALLOWED_HOSTS };
}
