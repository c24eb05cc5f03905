import type { AuditChange } from '@/lib/audit/audit-diff';

function shown(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return JSON.stringify(value);
}

/** An event's before/after as a field-by-field table: what each value was and what it became. */
export function AuditChangeList({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return null;
  return (
    <table className="audit-changes">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">{change.path}</th>
            <td>{change.before !== undefined && <del>{shown(change.before)}</del>}</td>
            <td>{change.after !== undefined && <ins>{shown(change.after)}</ins>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
