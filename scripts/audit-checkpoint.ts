// npm run -s audit:checkpoint >> checkpoints.jsonl - prints the audit chain's head (sequence, hash,
// time) as one JSON line, to keep somewhere the database's owner cannot rewrite.
// Uses DATABASE_URL, or the embedded database.
import './lib/load-env-file';
import { withCliDatabase } from './lib/with-cli-database';

async function main() {
  const head = await withCliDatabase(async () => {
    const { readChainHead } = await import('@/lib/audit/audit-chain');
    return readChainHead();
  });
  if (!head) {
    console.error('audit:checkpoint: the audit history is empty; there is no head to keep yet.');
    process.exit(1);
  }
  const { formatCheckpoint } = await import('@/lib/audit/audit-checkpoint');
  console.log(formatCheckpoint(head));
}

main().catch((error: unknown) => {
  console.error(`audit:checkpoint: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
