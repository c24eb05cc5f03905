import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A source file by its path from the repository root, e.g. `lib/review/save-verdict.ts`. */
export type SourceText = { path: string; text: string };

/** A top-level declaration of a file, named `lib/review/save-verdict.ts#saveVerdict`. */
export type DeclarationFacts = {
  name: string;
  isExported: boolean;
  /** Its first parameter is the caller's transaction (`tx: DbTransaction`). */
  takesTransaction: boolean;
  /** It uses the `db` client of lib/db.ts, so it can open transactions of its own. */
  usesDbClient: boolean;
  /** The database writes in its own body, as written: `tx.verdict.update`. */
  writes: string[];
  /** The declarations of this file and of imported lib/ files that it uses. */
  references: string[];
};

export type WriteGraph = {
  declarations: Map<string, DeclarationFacts>;
  /**
   * How a declaration reaches a database write (`[it, …callees, write]`), or null if it never does.
   * The search does not go into the declarations in `accountedFor` (other than the one it starts from).
   */
  writePath(name: string, accountedFor?: ReadonlySet<string>): string[] | null;
  /** Whether `from` uses `to`, directly or through other declarations. */
  reaches(from: string, to: string): boolean;
};

// Prisma model delegate methods that change rows.
const writeMethods = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany']);
const rawWrites = new Set(['$executeRaw', '$executeRawUnsafe']);
const rawQueries = new Set(['$queryRaw', '$queryRawUnsafe']);
// A raw query only writes when its SQL says so; `SELECT … FOR UPDATE` is a lock, not a write.
const writingSql = /\b(insert\s+into|delete\s+from|truncate|merge\s+into|update\s+"?\w+"?(\s+(as\s+)?\w+)?\s+set)\b/i;

const moduleScope = '(module scope)';

/** Every .ts file under lib/ except the generated Prisma client. */
export function readLibSources(root: string): SourceText[] {
  const files: SourceText[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(path.join(root, directory), { withFileTypes: true })) {
      const relative = path.posix.join(directory, entry.name);
      if (entry.isDirectory() && relative !== 'lib/generated') walk(relative);
      if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push({ path: relative, text: readFileSync(path.join(root, relative), 'utf8') });
    }
  };
  walk('lib');
  return files;
}

function resolveModule(fromFile: string, specifier: string, known: Set<string>): string | null {
  const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.posix.join(path.posix.dirname(fromFile), specifier) : null;
  if (base === null) return null;
  const candidates = base.endsWith('.ts') ? [base] : [`${base}.ts`, `${base}/index.ts`];
  return candidates.find((candidate) => known.has(candidate)) ?? candidates[0] ?? null;
}

function sqlText(node: ts.Node): string | null {
  if (ts.isTaggedTemplateExpression(node)) return sqlText(node.template);
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? ');
  return null;
}

function memberName(expression: ts.Expression): string | null {
  return ts.isPropertyAccessExpression(expression) ? expression.name.text : null;
}

/** The write a call or tagged template makes, as written, or null. */
function describeWrite(node: ts.Node): string | null {
  if (ts.isTaggedTemplateExpression(node)) {
    const method = memberName(node.tag);
    if (method && rawWrites.has(method)) return node.tag.getText();
    if (method && rawQueries.has(method) && writingSql.test(sqlText(node.template) ?? '')) return node.tag.getText();
    return null;
  }
  if (!ts.isCallExpression(node)) return null;
  const method = memberName(node.expression);
  if (!method || !ts.isPropertyAccessExpression(node.expression)) return null;
  if (rawWrites.has(method)) return node.expression.getText();
  const [firstArgument] = node.arguments;
  // node-postgres (`client.query('INSERT …')`) bypasses Prisma: a write when its SQL literally says so.
  if (method === 'query') return firstArgument && writingSql.test(sqlText(firstArgument) ?? '') ? node.expression.getText() : null;
  // SQL built elsewhere cannot be read here, so it counts as a write.
  if (rawQueries.has(method)) return !firstArgument || writingSql.test(sqlText(firstArgument) ?? 'insert into') ? node.expression.getText() : null;
  // `client.model.update(…)`: the receiver is a model delegate, so `createHash(…).update(…)` and `PGlite.create(…)` are not writes.
  const receiver = node.expression.expression;
  const isDelegate = ts.isPropertyAccessExpression(receiver) || ts.isElementAccessExpression(receiver);
  return writeMethods.has(method) && isDelegate ? node.expression.getText() : null;
}

function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) ||
    ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isFunctionExpression(parent) || ts.isClassDeclaration(parent)) && parent.name === node) ||
    (ts.isBindingElement(parent) && (parent.name === node || parent.propertyName === node))
  );
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function hasDefaultModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
}

function firstParameterType(node: ts.Node | undefined): string {
  if (!node || !(ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return '';
  return node.parameters[0]?.type?.getText() ?? '';
}

type Binding = { target: string; isDbClient: boolean };

function scanFile(source: SourceText, known: Set<string>, aliases: Map<string, string>): DeclarationFacts[] {
  const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports = new Map<string, Binding>();
  const namespaces = new Map<string, string>();
  const local = new Map<string, { node: ts.Node; body: ts.Node[]; isExported: boolean; parameterType: string }>();
  const moduleBody: ts.Node[] = [];
  const exportedLater: string[] = [];
  const declare = (name: string, node: ts.Node, body: ts.Node | undefined, isExported: boolean, functionNode?: ts.Node) =>
    local.set(name, { node, body: body ? [body] : [], isExported, parameterType: firstParameterType(functionNode) });

  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const target = resolveModule(source.path, statement.moduleSpecifier.text, known);
      const clause = statement.importClause;
      if (!target || !clause || clause.isTypeOnly) continue;
      if (clause.name) imports.set(clause.name.text, { target: `${target}#default`, isDbClient: false });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, target);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (element.isTypeOnly) continue;
          const imported = (element.propertyName ?? element.name).text;
          imports.set(element.name.text, { target: `${target}#${imported}`, isDbClient: target === 'lib/db.ts' && imported === 'db' });
        }
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      declare(statement.name.text, statement, statement.body, hasExportModifier(statement), statement);
      if (hasDefaultModifier(statement)) aliases.set(`${source.path}#default`, `${source.path}#${statement.name.text}`);
    } else if (ts.isClassDeclaration(statement) && statement.name) {
      declare(statement.name.text, statement, statement, hasExportModifier(statement));
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) declare(declaration.name.text, declaration, declaration.initializer, hasExportModifier(statement), declaration.initializer);
        else moduleBody.push(declaration);
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      const target = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? resolveModule(source.path, statement.moduleSpecifier.text, known) : null;
      for (const element of statement.exportClause.elements) {
        const original = (element.propertyName ?? element.name).text;
        const exported = `${source.path}#${element.name.text}`;
        if (target) aliases.set(exported, `${target}#${original}`);
        else if (original !== element.name.text) aliases.set(exported, `${source.path}#${original}`);
        if (!target) exportedLater.push(original);
      }
    } else if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression)) {
      aliases.set(`${source.path}#default`, `${source.path}#${statement.expression.text}`);
    } else if (!ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement) && !ts.isImportDeclaration(statement)) {
      moduleBody.push(statement);
    }
  }
  // `export { x }` may come before `x` is declared; and code run at import time counts as a declaration.
  for (const name of exportedLater) {
    const declared = local.get(name);
    if (declared) declared.isExported = true;
  }
  local.set(moduleScope, { node: file, body: moduleBody, isExported: moduleBody.length > 0, parameterType: '' });

  return [...local].map(([name, declaration]) => {
    const writes: string[] = [];
    const references = new Set<string>();
    let usesDbClient = false;
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node) || ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) return;
      const write = describeWrite(node);
      if (write) writes.push(write);
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) {
        references.add(`${namespaces.get(node.expression.text)}#${node.name.text}`);
      }
      if (ts.isIdentifier(node) && !isDeclarationName(node)) {
        const binding = imports.get(node.text);
        if (binding) references.add(binding.target);
        if (binding?.isDbClient) usesDbClient = true;
        if (local.has(node.text) && node.text !== name) references.add(`${source.path}#${node.text}`);
      }
      ts.forEachChild(node, visit);
    };
    declaration.body.forEach(visit);
    return {
      name: `${source.path}#${name}`,
      isExported: declaration.isExported,
      takesTransaction: /\bDbTransaction\b/.test(declaration.parameterType),
      usesDbClient,
      writes,
      references: [...references],
    };
  });
}

/**
 * Finds, with the TypeScript parser, every top-level declaration of the files, the writes in its
 * body (`x.model.create(…)` and the other row-changing Prisma delegate methods, `$executeRaw`, a
 * `$queryRaw` whose SQL inserts, updates or deletes or cannot be read, a node-postgres `query` of
 * such SQL) and what it uses of its own file and of the other files through their imports, so a
 * write reached through helpers is found too.
 */
export function scanSources(sources: SourceText[]): WriteGraph {
  const known = new Set(sources.map((source) => source.path));
  const aliases = new Map<string, string>();
  const declarations = new Map(sources.flatMap((source) => scanFile(source, known, aliases)).map((facts) => [facts.name, facts]));
  const resolve = (name: string) => {
    let resolved = name;
    for (let hops = 0; aliases.has(resolved) && hops < 10; hops += 1) resolved = aliases.get(resolved) ?? resolved;
    return resolved;
  };
  const callees = (name: string) => (declarations.get(name)?.references ?? []).map(resolve).filter((callee) => declarations.has(callee));

  // Breadth first, so the path shown is a shortest one.
  const search = (from: string, isGoal: (name: string) => boolean, accountedFor: ReadonlySet<string> = new Set()): string[] | null => {
    const cameFrom = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (isGoal(name)) {
        const found: string[] = [];
        for (let step: string | null | undefined = name; step; step = cameFrom.get(step)) found.unshift(step);
        return found;
      }
      for (const callee of callees(name)) {
        if (cameFrom.has(callee) || accountedFor.has(callee)) continue;
        cameFrom.set(callee, name);
        queue.push(callee);
      }
    }
    return null;
  };

  return {
    declarations,
    writePath(name, accountedFor) {
      const found = search(resolve(name), (step) => (declarations.get(step)?.writes.length ?? 0) > 0, accountedFor);
      const last = found?.at(-1);
      return found && last ? [...found, declarations.get(last)?.writes[0] ?? ''] : null;
    },
    reaches(from, to) {
      return search(resolve(from), (step) => step !== resolve(from) && step === resolve(to)) !== null;
    },
  };
}

/**
 * Exported declarations that write to the database themselves or through what they use, each with
 * how; writes reached only through `accountedFor` do not count.
 */
export function mutatingExports(graph: WriteGraph, accountedFor: ReadonlySet<string> = new Set()): { name: string; writePath: string[] }[] {
  return [...graph.declarations.values()].flatMap((facts) => {
    const writePath = facts.isExported ? graph.writePath(facts.name, accountedFor) : null;
    return writePath ? [{ name: facts.name, writePath }] : [];
  });
}
