// Generates the Prisma client without the native schema engine, which cannot be downloaded here:
// the CLI skips its download when PRISMA_SCHEMA_ENGINE_BINARY names a file, and `generate` never runs it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const stubEngine = fileURLToPath(new URL('./no-schema-engine.sh', import.meta.url));
const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stubEngine, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
