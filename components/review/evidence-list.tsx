import type { EvidenceDraft } from './evidence-draft';

const relationNames = { supports: 'supports', contradicts: 'contradicts' } as const;

export function EvidenceList({ evidence, onRemove }: { evidence: EvidenceDraft[]; onRemove: (index: number) => void }) {
  if (evidence.length === 0) return <p className="hint">No evidence linked yet.</p>;
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((link, index) => (
        <li key={'sentenceId' in link ? link.sentenceId : `${link.url}#${index}`}>
          <span className={`badge relation-${link.relation}`}>{relationNames[link.relation]}</span>{' '}
          {'sentenceId' in link ? (
            <span>
              <strong>{link.outlet}:</strong> “{link.text}”
            </span>
          ) : (
            <span>
              <a href={link.url} target="_blank" rel="noreferrer noopener">
                {link.url}
              </a>{' '}
              “{link.quote}”
            </span>
          )}{' '}
          <button type="button" className="link-button" onClick={() => onRemove(index)}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
