import { formatTime } from '@/components/ui/format-time';
import type { Reopening } from '@/lib/reports/load-reopenings';

const whatWasReopened = { report: 'this report after approval', review: 'your review' } as const;

/** Who reopened the report, or the viewer's own review, when, and the reason they gave. */
export function ReopeningNotice({ reopening, of }: { reopening: Reopening; of: keyof typeof whatWasReopened }) {
  return (
    <p className="notice" role="status">
      {reopening.by ?? 'An editor'} reopened {whatWasReopened[of]} on {formatTime(new Date(reopening.at))}
      {reopening.reason ? `: “${reopening.reason}”` : '.'}
    </p>
  );
}
