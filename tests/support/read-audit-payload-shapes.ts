import ts from 'typescript';

/** Whether an event's `before` or `after` must be null, must be there, or may be either. */
export type PayloadPresence = 'null' | 'present' | 'either';

export type AuditPayloadShape = { action: string; entityType: string; before: PayloadPresence; after: PayloadPresence };

function isZodCall(node: ts.Node, method: string): node is ts.CallExpression {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === method;
}

function literalOf(node: ts.Expression | undefined, field: string): string {
  const [value] = node && isZodCall(node, 'literal') ? node.arguments : [];
  if (!value || !ts.isStringLiteral(value)) throw new Error(`Expected ${field}: z.literal('…'), found ${node?.getText() ?? 'nothing'}`);
  return value.text;
}

function presenceOf(node: ts.Expression | undefined, field: string): PayloadPresence {
  if (!node) throw new Error(`Every audit payload names its ${field}`);
  if (isZodCall(node, 'null')) return 'null';
  if (isZodCall(node, 'nullable') || isZodCall(node, 'nullish') || isZodCall(node, 'optional')) return 'either';
  return 'present';
}

/**
 * The members of the `z.discriminatedUnion('action', [z.object({ action, entityType, before, after }), …])`
 * in the source of lib/audit/audit-event.ts, read with the TypeScript parser: each action, its
 * entity type, and whether its before and after are null, present or either.
 */
export function readAuditPayloadShapes(sourceText: string): AuditPayloadShape[] {
  const file = ts.createSourceFile('audit-event.ts', sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let members: readonly ts.Expression[] | undefined;
  const visit = (node: ts.Node): void => {
    const [discriminator, options] = isZodCall(node, 'discriminatedUnion') ? node.arguments : [];
    if (discriminator && ts.isStringLiteral(discriminator) && discriminator.text === 'action' && options && ts.isArrayLiteralExpression(options)) members = options.elements;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  if (!members) throw new Error("No z.discriminatedUnion('action', […]) in the audit event source");
  return members.map((member) => {
    const [shape] = isZodCall(member, 'object') ? member.arguments : [];
    if (!shape || !ts.isObjectLiteralExpression(shape)) throw new Error(`Expected z.object({ … }) in the union, found ${member.getText()}`);
    const fields = new Map(
      shape.properties.flatMap((property) => (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) ? [[property.name.text, property.initializer] as const] : [])),
    );
    return {
      action: literalOf(fields.get('action'), 'action'),
      entityType: literalOf(fields.get('entityType'), 'entityType'),
      before: presenceOf(fields.get('before'), 'before'),
      after: presenceOf(fields.get('after'), 'after'),
    };
  });
}
