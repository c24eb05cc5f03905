import { formatTime } from './format-time';
import { RevokeTokenButton } from './revoke-token-button';

export type ApiTokenRow = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/** An account's API tokens, newest first; each one still working can be revoked. */
export function ApiTokenTable({ tokens }: { tokens: ApiTokenRow[] }) {
  if (tokens.length === 0) return <p className="meta">No API tokens.</p>;
  return (
    <table className="data-table" aria-label="API tokens">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Token</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id} className={token.revokedAt ? 'is-revoked' : undefined}>
            <th scope="row">{token.name}</th>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{formatTime(token.createdAt)}</td>
            <td>{token.lastUsedAt ? formatTime(token.lastUsedAt) : 'Never'}</td>
            <td>{token.revokedAt ? `Revoked ${formatTime(token.revokedAt)}` : 'Active'}</td>
            <td>{!token.revokedAt && <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
