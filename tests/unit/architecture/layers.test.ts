import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The layers of lib/, lowest first: a module imports only its own layer or lower ones, and the
// folders of one layer do not import each other in a circle. Lower layers know nothing of the
// domains above them, so a change to review, adjudication or workflow never reaches down into
// reports or the audit trail, and each folder can be read knowing only the ones below it.
//   0 the foundation: environment, errors, the one client, database plumbing, who is acting and
//     what each role may do
//   1 audit events (every mutation writes one), segmentation, reading web pages (import), formatting helpers
//   2 validations (they name the audit actions and sentence kinds)
//   3 authentication and sessions, accounts, browsing the audit history; 4 API tokens
//   5 reports (and their workflow state and locks), 6 claims, 7 verdicts (the versioned store)
//   8 reviewers' work, adjudication, agreement; 9 the workflow; 10 export, health, seed
//   11 HTTP plumbing: route and action factories, authenticating a request, the edge gate
// Audit events sit below validations and auth because signing in and every account change write
// one; browsing the history needs the permission rules, so it is its own folder above auth.
// Type-only and dynamic imports count too. Components must not import from app/ (routes only).
const layers: readonly (readonly string[])[] = [
  ['lib/env.ts', 'lib/errors.ts', 'lib/generated', 'lib/db.ts', 'lib/database', 'lib/migrations', 'lib/actor.ts', 'lib/permissions.ts'],
  ['lib/audit', 'lib/segmentation', 'lib/import', 'lib/format'],
  ['lib/validations'],
  ['lib/auth', 'lib/users', 'lib/audit-history'],
  ['lib/api-tokens'],
  ['lib/stories'],
  ['lib/reports'],
  ['lib/claims'],
  ['lib/verdicts'],
  ['lib/facts'],
  ['lib/review', 'lib/adjudication', 'lib/agreement'],
  ['lib/workflow'],
  ['lib/export', 'lib/health', 'lib/seed', 'lib/live'],
  ['lib/http'],
];

/** Imports of app/ from components/ still being moved out (server actions), as `file → import`. Empty once done. */
const componentImportsOfAppStillToMove: readonly string[] = [];

const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return relative === 'lib/generated' ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** Every module specifier the file names: imports, re-exports, `import()` and `typeof import()`. */
function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The project path a specifier names (`lib/review/save-verdict`), or null for a package. */
function targetOf(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(file), specifier);
  return null;
}

/** The layer entry a lib/ path belongs to: a top-level file (`lib/db.ts`) or a folder (`lib/review`). */
function unitOf(target: string): string | null {
  const [top, name] = target.split('/');
  if (top !== 'lib' || !name) return null;
  const candidates = [`lib/${name}`, `lib/${name.replace(/\.tsx?$/, '')}.ts`];
  return layers.flat().find((unit) => candidates.includes(unit)) ?? `lib/${name}`;
}

const rankOf = new Map(layers.flatMap((units, rank) => units.map((unit) => [unit, rank] as const)));

const libImports = sourceFiles('lib').flatMap((file) =>
  specifiersOf(file).flatMap((specifier) => {
    const target = targetOf(file, specifier);
    return target ? [{ file, specifier, target, from: unitOf(file) ?? file, to: unitOf(target) }] : [];
  }),
);

describe('the layers of lib/', () => {
  test('every folder and top-level file of lib/ has a layer', () => {
    const units = new Set(sourceFiles('lib').map((file) => unitOf(file) ?? file));
    expect([...units].filter((unit) => !rankOf.has(unit))).toEqual([]);
  });

  test('lib/ imports nothing from app/, actions/ or components/', () => {
    expect(libImports.filter(({ target }) => !target.startsWith('lib/')).map(({ file, specifier }) => `${file} → ${specifier}`)).toEqual([]);
  });

  test('no module imports a higher layer', () => {
    const upward = libImports.filter(({ from, to }) => to !== null && (rankOf.get(to) ?? Infinity) > (rankOf.get(from) ?? -Infinity));
    expect(upward.map(({ file, specifier }) => `${file} → ${specifier}`)).toEqual([]);
  });

  test('the folders of one layer do not import each other in a circle', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of libImports) {
      if (to && from !== to && rankOf.get(from) === rankOf.get(to)) edges.set(from, new Set([...(edges.get(from) ?? []), to]));
    }
    const reaches = (start: string, goal: string, seen = new Set<string>()): boolean =>
      [...(edges.get(start) ?? [])].some((next) => next === goal || (!seen.has(next) && (seen.add(next), reaches(next, goal, seen))));
    const circular = libImports.filter(({ from, to }) => to && from !== to && rankOf.get(from) === rankOf.get(to) && reaches(to, from));
    expect(circular.map(({ file, specifier }) => `${file} → ${specifier}`)).toEqual([]);
  });
});

test('components/ import nothing from app/', () => {
  const fromApp = sourceFiles('components').flatMap((file) =>
    specifiersOf(file)
      .filter((specifier) => targetOf(file, specifier)?.startsWith('app/'))
      .map((specifier) => `${file} → ${specifier}`),
  );
  expect(fromApp.filter((entry) => !componentImportsOfAppStillToMove.includes(entry))).toEqual([]);
  expect(componentImportsOfAppStillToMove.filter((entry) => !fromApp.includes(entry))).toEqual([]);
});
