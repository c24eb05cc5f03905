import fc from 'fast-check';
import { missing, otherThan } from './fuzz-inputs';
import type { FuzzWorld, Role } from './fuzz-world';

/**
 * What the answer must be. A refused request (the default) gets a 4xx and writes nothing; `status`
 * and `field` narrow it (`field` also matches its sub-fields). A request that may be valid only
 * has to get no server error, and to write nothing unless it succeeded.
 */
export type Expectation = { outcome?: 'refused' | 'no server error'; status?: number | readonly number[]; field?: string };

/** One invalid request for a route; what it leaves out, the runner fills in (real ids, an admin's token). */
export type CaseDraft = {
  params?: Record<string, string>;
  query?: [string, string][];
  /** The body as a value, sent as JSON… */
  json?: unknown;
  /** …or as raw text. */
  text?: string;
  role?: Role;
  /** Sent instead of the role's `Bearer` token. */
  authorization?: string;
  headers?: Record<string, string>;
  expected: Expectation;
};

export type CasesFor = (world: FuzzWorld) => fc.Arbitrary<CaseDraft>;

/** Properties of one route, by name: each an arbitrary of requests that must be refused. */
export type RouteCases = Record<string, CasesFor>;

const handfuls = new WeakSet<CasesFor>();

/** Marks cases drawn from a handful of distinct requests, which a few runs cover. */
export function handful(cases: CasesFor): CasesFor {
  handfuls.add(cases);
  return cases;
}

export function isHandful(cases: CasesFor): boolean {
  return handfuls.has(cases);
}

type Json = Record<string, unknown>;

function withValueAt(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(document) && typeof head === 'number') {
    const copy: unknown[] = [...document];
    copy[head] = withValueAt(copy[head], rest, value);
    return copy;
  }
  const object = (document ?? {}) as Json;
  if (rest.length === 0 && value === missing) {
    const { [head]: _removed, ...kept } = object;
    return kept;
  }
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}

/** A copy of `document` with the value at `path` replaced (or removed, for `missing`). */
export function setPath(document: unknown, path: string, value: unknown): unknown {
  return withValueAt(
    document,
    path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    value,
  );
}

/**
 * "Near-valid" bodies: a valid body with exactly one field corrupted. `corruptions` maps a field
 * (a dotted path) to bad values for it; the answer must be 422 naming that field.
 */
export function nearValid(valid: fc.Arbitrary<object>, corruptions: Record<string, fc.Arbitrary<unknown>>, draft: Omit<CaseDraft, 'json' | 'expected'> = {}): fc.Arbitrary<CaseDraft> {
  const unknownField = fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'isAdmin'), otherThan()), { nil: undefined });
  return fc.oneof(
    ...Object.entries(corruptions).map(([field, bad]) =>
      fc.tuple(valid, bad, unknownField).map(([body, value, extra]): CaseDraft => {
        const withExtra = extra ? { ...body, [extra[0]]: extra[1] } : body;
        return { ...draft, json: setPath(withExtra, field, value), expected: { status: 422, field } };
      }),
    ),
  );
}

/** Query strings made of a valid query with one key corrupted (sent last, after any valid value for it). */
export function nearValidQuery(valid: fc.Arbitrary<Record<string, string>>, corruptions: Record<string, fc.Arbitrary<string | typeof missing>>, expected: Partial<Record<string, Expectation>> = {}) {
  return fc.oneof(
    ...Object.entries(corruptions).map(([key, bad]) =>
      fc.tuple(valid, bad, fc.boolean()).map(([query, value, isDuplicated]): CaseDraft => {
        const { [key]: validValue, ...rest } = query;
        const pairs = Object.entries(rest);
        if (value !== missing) pairs.push(...(isDuplicated && validValue !== undefined ? [[key, validValue] as [string, string]] : []), [key, value]);
        return { query: pairs, expected: expected[key] ?? { status: 422, field: key } };
      }),
    ),
  );
}

/** A refusal of a caller whose role may not do this, however valid the request. */
export function forbiddenFor(role: Role, draft: fc.Arbitrary<Omit<CaseDraft, 'role' | 'expected'>>): fc.Arbitrary<CaseDraft> {
  return draft.map((request) => ({ ...request, role, expected: { status: 403 } }));
}
