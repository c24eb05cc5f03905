import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { NextRequest } from 'next/server';
import { bodyLimitOf } from './route-probe';

export const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type Method = (typeof methods)[number];

export type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** One method of one route file: `/api/v1/claims/[claimId]/verdict` with its path parameters. */
export type RouteMethod = {
  key: `${Method} ${string}`;
  method: Method;
  pattern: string;
  params: string[];
  handler: RouteHandler;
  /** Made by `apiRoute`: it authenticates, and reads either a JSON body or the query string. */
  isApiRoute: boolean;
  /** The body limit when it reads a JSON body, else null. */
  bodyLimit: number | null;
};

const root = path.resolve(import.meta.dirname, '../../..');
const apiDirectory = path.join(root, 'app/api');

// next-auth's own handler (sign-in, session, sign-out) takes form posts of its own design and is
// not built with apiRoute; the credentials check behind it has its own tests.
const skippedDirectories = ['auth'];

function routePattern(directory: string): { pattern: string; params: string[] } {
  const params: string[] = [];
  const segments = directory
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      if (segment.startsWith('[...') || segment.startsWith('[[')) throw new Error(`${directory}: teach the API fuzz test to send catch-all segments`);
      const param = /^\[(.+)\]$/.exec(segment)?.[1];
      if (param) params.push(param);
      return segment;
    });
  return { pattern: ['/api', ...segments].join('/'), params };
}

function isHandler(value: unknown): value is RouteHandler {
  return typeof value === 'function';
}

/** Every route.ts under app/api (but next-auth's), imported, one entry per exported method. */
export async function discoverRoutes(): Promise<RouteMethod[]> {
  const files = readdirSync(apiDirectory, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .filter((file) => !skippedDirectories.includes(file.split(path.sep)[0] ?? ''))
    .sort();
  const routes: RouteMethod[] = [];
  for (const file of files) {
    const { pattern, params } = routePattern(path.dirname(file));
    const exported: Record<string, unknown> = await import(path.join(apiDirectory, file));
    for (const method of methods) {
      const handler = exported[method];
      if (!isHandler(handler)) continue;
      const bodyLimit = bodyLimitOf(handler);
      routes.push({ key: `${method} ${pattern}`, method, pattern, params, handler, isApiRoute: bodyLimit !== undefined, bodyLimit: bodyLimit ?? null });
    }
  }
  return routes;
}
