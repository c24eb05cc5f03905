import type { ReadableChange } from '@/lib/audit-history/readable-changes';

function Lines({ lines, as: Mark }: { lines: string[]; as: 'del' | 'ins' }) {
  if (lines.length === 0) return null;
  if (lines.length === 1) return <Mark>{lines[0]}</Mark>;
  return (
    <ul className="audit-change-lines">
      {lines.map((line, position) => (
        <li key={position}>
          <Mark>{line}</Mark>
        </li>
      ))}
    </ul>
  );
}

/** An event's change as a field-by-field table, in words: what each field was and what it became. */
export function AuditChangeList({ changes }: { changes: ReadableChange[] }) {
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
          <tr key={change.field}>
            <th scope="row">{change.field}</th>
            <td>
              <Lines lines={change.before} as="del" />
            </td>
            <td>
              <Lines lines={change.after} as="ins" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
