import type { EvidenceDraft } from './evidence-draft';
import { ExternalLink } from '@/components/ui/external-link';

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
              <ExternalLink href={link.url}>{link.url}</ExternalLink>{' '}
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
