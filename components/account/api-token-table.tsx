import { DataTable, type Column } from '@/components/ui/data-table';
import { formatTime } from '@/components/ui/format-time';
import { RevokeTokenButton } from './revoke-token-button';

export type ApiTokenRow = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

const columns: Column<ApiTokenRow>[] = [
  { header: 'Name', cell: (token) => token.name },
  { header: 'Token', cell: (token) => <code>{token.prefix}…</code> },
  { header: 'Created', cell: (token) => formatTime(token.createdAt) },
  { header: 'Last used', cell: (token) => (token.lastUsedAt ? formatTime(token.lastUsedAt) : 'Never') },
  { header: 'Status', cell: (token) => (token.revokedAt ? `Revoked ${formatTime(token.revokedAt)}` : 'Active') },
  { header: 'Actions', isHeaderHidden: true, cell: (token) => !token.revokedAt && <RevokeTokenButton tokenId={token.id} name={token.name} /> },
];

/** An account's API tokens, newest first; each one still working can be revoked. */
export function ApiTokenTable({ tokens }: { tokens: ApiTokenRow[] }) {
  if (tokens.length === 0) return <p className="meta">No API tokens.</p>;
  return <DataTable label="API tokens" columns={columns} rows={tokens} rowClassName={(token) => (token.revokedAt ? 'is-revoked' : undefined)} />;
}
