import { ExternalLink } from '@/components/ui/external-link';
import type { VerdictView } from '@/lib/verdicts/verdict-shape';

/** A verdict's evidence to read (a reviewer's or a final one): each link's relation, and the sentence or outside source it points to. */
export function EvidenceLinks({ evidence, label }: { evidence: VerdictView['evidence']; label?: string }) {
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence-list" aria-label={label}>
      {evidence.map((link) => (
        <li key={link.id}>
          <span className={`badge relation-${link.relation}`}>{link.relation}</span>{' '}
          {link.kind === 'sentence' ? (
            <>
              {link.outlet}: “{link.text}”
            </>
          ) : (
            <>
              <ExternalLink href={link.url}>{link.url}</ExternalLink>{' '}
              “{link.quote}”
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
