// npm run audit:verify [-- --checkpoint FILE] - walks the audit chain and recomputes every hash.
// Prints "audit chain ok: N events" and exits 0, or names the first broken sequence and exits 1.
// With --checkpoint, the chain must also still pass through every head saved by audit:checkpoint.
// Unreadable input exits 2. Uses DATABASE_URL, or the embedded database.
import './lib/load-env-file';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withCliDatabase } from './lib/with-cli-database';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { checkpoint: { type: 'string' } } });
  const { parseCheckpointFile } = await import('@/lib/audit/audit-checkpoint');
  const checkpoints = values.checkpoint === undefined ? [] : parseCheckpointFile(readFileSync(values.checkpoint, 'utf8'));
  const result = await withCliDatabase(async () => {
    const { verifyAuditChain } = await import('@/lib/audit/audit-chain');
    return verifyAuditChain(checkpoints);
  });
  if (!result.ok) {
    console.error(`audit chain broken at sequence ${result.brokenAt}: ${result.problem}`);
    return 1;
  }
  const through = result.checkpoints > 0 ? `, through ${result.checkpoints} checkpoint(s)` : '';
  console.log(`audit chain ok: ${result.events} events${through}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
