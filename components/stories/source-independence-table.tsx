import type { StoryIndependence } from '@/lib/stories/get-story-independence';
import { DataTable } from '@/components/ui/data-table';
import { SourceDecisionControl } from './source-decision-control';

type Pair = StoryIndependence['independence'][number];
type Report = StoryIndependence['reports'][number];

const reasonKindLabels = { same_outlet: 'Same outlet', credit: 'Credit line', text_reuse: 'Text reuse', editor: 'Editor' } as const;

function relationText(pair: Pick<Pair, 'independent' | 'derivedReportId' | 'reportIds'>, outletOf: (id: string) => string): string {
  if (pair.independent) return 'Independent';
  if (!pair.derivedReportId) return 'Not independent (which is the copy is unknown)';
  const original = pair.reportIds.find((id) => id !== pair.derivedReportId) ?? pair.reportIds[0];
  return `Derived: ${outletOf(pair.derivedReportId)} from ${outletOf(original)}`;
}

function Reasons({ reasons }: { reasons: Pair['reasons'] }) {
  if (reasons.length === 0) return <span className="meta">No credit line or reused wording links them</span>;
  return (
    <ul>
      {reasons.map((reason) => (
        <li key={`${reason.kind} ${reason.detail}`}>
          <strong>{reasonKindLabels[reason.kind]}:</strong> {reason.detail}
        </li>
      ))}
    </ul>
  );
}

/**
 * Whether each pair of a story's reports are independent sources, and why; for editors, a control
 * per pair to decide it (or go back to what the credit lines and text reuse say).
 */
export function SourceIndependenceTable({ data, canDecide }: { data: StoryIndependence; canDecide: boolean }) {
  const byId = new Map<string, Report>(data.reports.map((report) => [report.id, report]));
  const outletOf = (id: string) => byId.get(id)?.outlet ?? 'Unknown report';
  const rows = data.independence.map((pair) => ({ ...pair, id: pair.reportIds.join(',') }));
  if (rows.length === 0) return <p className="hint">This story has fewer than two reports: there is no pair to compare.</p>;
  return (
    <DataTable
      label="Independence of the story's reports"
      rows={rows}
      columns={[
        { header: 'Pair', cell: (pair) => `${outletOf(pair.reportIds[0])} and ${outletOf(pair.reportIds[1])}` },
        { header: 'Relation', cell: (pair) => relationText(pair, outletOf) },
        {
          header: 'Reasons',
          cell: (pair) => (
            <>
              <Reasons reasons={pair.reasons} />
              {pair.decided ? (
                <p className="meta">
                  Computed: {relationText({ ...pair.computed, reportIds: pair.reportIds }, outletOf)}
                  {pair.computed.reasons.length > 0 ? ` (${pair.computed.reasons.map((reason) => reason.detail).join('; ')})` : ''}
                </p>
              ) : null}
            </>
          ),
        },
        ...(canDecide
          ? [
              {
                header: 'Decision',
                cell: (pair: (typeof rows)[number]) => (
                  <SourceDecisionControl
                    reportIds={pair.reportIds}
                    outlets={[outletOf(pair.reportIds[0]), outletOf(pair.reportIds[1])]}
                    current={pair.decided ? (pair.independent ? 'independent' : (pair.derivedReportId ?? 'derived')) : 'computed'}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
