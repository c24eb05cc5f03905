import fc from 'fast-check';
import { z } from 'zod';

// Generic malformed inputs: ids, header values, query strings and bodies that no route accepts.

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** A field left out of a body, rather than given a bad value. */
export const missing = Symbol('missing');

/** Text a header may carry (visible ASCII and Latin-1, as HTTP allows), never blank. */
export const headerText = fc
  .string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 80 })
  .filter((text) => text.trim() !== '');

/** UUIDs nothing has: the nil and max UUIDs, and random ones of several versions. */
export const unknownUuid = fc.oneof(
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
  fc.uuid({ version: [1, 4, 7] }),
  fc.uuid({ version: 4 }).map((uuid) => uuid.toUpperCase()),
);

const nearUuid = fc.uuid({ version: 7 }).chain((uuid) =>
  fc.constantFrom(`{${uuid}}`, uuid.replaceAll('-', ''), ` ${uuid}`, `${uuid}\n`, `${uuid}\u0000`, `${uuid}0`, uuid.slice(0, -1), uuid.replace(/[0-9a-f]$/, 'g'), `urn:uuid:${uuid}`),
);

/** Ids that are not UUIDs: text of every kind, very long, unicode, path traversal, SQL, near-UUIDs. */
export const malformedId = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.integer({ min: 100, max: 20_000 }).map((length) => 'a'.repeat(length)),
    fc.constantFrom('', ' ', '../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '..', "' OR '1'='1", "1'; DROP TABLE reports; --", '%00', '\u0000', '\ud800', 'null', 'undefined', '__proto__', 'constructor', '0', '-1', '1e309', '{}', '[]', '*'),
    nearUuid,
  )
  .filter((value) => !isUuid(value));

/** An id a route can never find: malformed, or a UUID that names nothing. */
export const badId = fc.oneof(malformedId, unknownUuid);

/** Content types a JSON API does not expect (or does), sent with bodies that are wrong anyway. */
export const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json; charset=utf-16',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----fuzz',
      'application/xml',
      'application/octet-stream',
      '*/*',
    ),
    headerText,
  ),
  { nil: undefined },
);

/** Query-string pairs of any key (known names included) and value, duplicates allowed. */
export function noiseQuery(keys: readonly string[] = []): fc.Arbitrary<[string, string][]> {
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 });
  return fc.array(fc.tuple(key, fc.oneof(fc.string(), fc.constantFrom('', '-1', '1e309', 'null', '[]', '%00'))), { maxLength: 5 });
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** Objects nested `depth` deep, as JSON text: {"a":{"a":…}}. */
export const deepObjectText = fc.integer({ min: 100, max: 50_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

/** Bodies that are not a JSON object: not JSON at all, or JSON of another kind (arrays, null, deep nesting). */
export const notJsonObjectText = fc
  .oneof(
    fc.string({ minLength: 1 }),
    fc.string({ unit: 'binary', minLength: 1 }),
    fc.constantFrom('{', '{"label":', "{'label':'x'}", 'label=corroborated&note=x', '<verdict label="x"/>', 'undefined', 'NaN', '{"a":1}{"b":2}', '\uFEFF[]', '{"a":1,}', '[1,2', '{"a":"\ud800', '\u0000{}'),
    fc.jsonValue().filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)).map((value) => JSON.stringify(value)),
    fc.integer({ min: 100, max: 100_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  )
  // Reading a body drops a leading byte order mark, so "\uFEFF{}" is an object.
  .filter((text) => text.trim() !== '' && !isJsonObject(text.replace(/^\uFEFF/, '')));

const jsonTypes = {
  string: fc.string({ maxLength: 20 }),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  deep: fc.integer({ min: 10, max: 1_000 }).map((depth) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { nested: value } : [value];
    return value;
  }),
} satisfies Record<string, fc.Arbitrary<unknown>>;

export type JsonType = Exclude<keyof typeof jsonTypes, 'deep'>;

/** JSON values of any type but the given ones (deep nesting included). */
export function otherThan(...allowed: JsonType[]): fc.Arbitrary<unknown> {
  return fc.oneof(...Object.entries(jsonTypes).flatMap(([type, arbitrary]) => (allowed.includes(type as JsonType) ? [] : [arbitrary])));
}

/** Text longer than `max` characters (within `slack` more), of one repeated character. */
export function longerThan(max: number, slack = 2_000): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: max + 1, max: max + slack }), fc.constantFrom('x', 'é', ' x', '\u4e00')).map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));
}

/** Text holding a NUL character, which PostgreSQL cannot store in text. */
export function withNul(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return text.chain((value) => fc.nat(value.length).map((at) => `${value.slice(0, at)}\u0000${value.slice(at)}`));
}

/** Plain words: valid wherever a short text is asked for. */
export const words = fc.array(fc.constantFrom('minister', 'said', 'the', 'port', '42', 'tonnes', 'Reuters', 'on', 'Tuesday'), { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));

/** Integers outside PostgreSQL's int4, which a count or offset column cannot hold. */
export const beyondInt4 = fc.oneof(fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -(2 ** 31) - 1 }));

const rawNumberMark = 'fuzz-raw-number:';

/** Numbers JavaScript cannot hold exactly, or at all (JSON's 1e309 parses as Infinity), written into the JSON as they are. */
export const hugeNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1e300, -1e300, Number.MAX_VALUE, 2 ** 63),
  fc.constantFrom('1e309', '-1e309', '123456789012345678901234567890').map((literal) => `${rawNumberMark}${literal}`),
);

/** JSON text of a value, with the raw numbers of `hugeNumber` written as numbers. */
export function writeJson(value: unknown): string {
  return JSON.stringify(value).replace(new RegExp(`"${rawNumberMark}([^"]*)"`, 'g'), '$1');
}
