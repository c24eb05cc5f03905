import { inject, test, expect } from 'vitest';
import { diffMigrationsToSchema } from '@/lib/migrations/apply-migrations';
import { readSchemaFile } from '@/lib/migrations/migration-files';

// The engine replays prisma/migrations in a shadow database it creates and drops on the test server.
test('schema.prisma and prisma/migrations agree (run `npm run db:migration -- <name>` if this fails)', async () => {
  const drift = await diffMigrationsToSchema(inject('serverUrl'));
  expect(drift, `schema.prisma has changes no migration makes:\n${drift}`).toBe('');
});

test('the drift check notices a model that no migration creates', async () => {
  const schema = readSchemaFile();
  const changed = { ...schema, content: `${schema.content}\nmodel DriftProbe {\n  id Int @id\n}\n` };
  const drift = await diffMigrationsToSchema(inject('serverUrl'), changed);
  expect(drift).toContain('CREATE TABLE "DriftProbe"');
});
