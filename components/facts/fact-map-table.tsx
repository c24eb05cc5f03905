import Link from 'next/link';
import type { FactMapRow, FactMapView } from '@/lib/facts/get-fact-map';
import { verdictLabelNames, type VerdictLabel } from '@/lib/validations/verdict';
import { FactCorrectionPanel } from './fact-correction-panel';
import { FactTargetsProvider } from './fact-targets';
import { MarkedFigures } from './marked-figures';

type Report = FactMapView['reports'][number];
type Statement = FactMapRow['statements'][number];

function Label({ label }: { label: VerdictLabel }) {
  return <span className={`badge label-${label}`}>{verdictLabelNames[label]}</span>;
}

function ReportHeader({ report }: { report: Report }) {
  return (
    <th scope="col">
      {report.outlet}
      {report.publishedOn && <span className="tag">{report.publishedOn}</span>}
      {report.derivedFrom.map((source) => (
        <span key={source.reportId} className="tag derived">
          derived: {source.reasons.length > 0 ? source.reasons.join('; ') : `from ${source.outlet}`}
        </span>
      ))}
    </th>
  );
}

/** The figures of this statement that another statement of the fact gives differently. */
function differingFigures(fact: FactMapRow, claimId: string): string[] {
  return fact.mismatches.flatMap((mismatch) => (mismatch.claimId === claimId ? [mismatch.figure] : mismatch.otherClaimId === claimId ? [mismatch.otherFigure] : []));
}

function StatementCell({ fact, statement }: { fact: FactMapRow; statement: Statement }) {
  return (
    <div className="fact-statement">
      <Link href={`/reports/${statement.reportId}?claim=${statement.claimId}#claim-${statement.claimId}`}>
        <span className="tag">Sentence {statement.sentenceNumber}</span>
        <MarkedFigures text={statement.text} figures={differingFigures(fact, statement.claimId)} />
      </Link>
      <span className="tag">
        {statement.proposedLabel ? (
          <>
            Proposed: <Label label={statement.proposedLabel} />
          </>
        ) : (
          'No proposal'
        )}
        {statement.labels.map((label) => (
          <span key={`${label.reviewerName} ${label.label}`}>
            {' · '}
            {label.isOwn ? 'You' : label.reviewerName}: <Label label={label.label} />
          </span>
        ))}
        {statement.finalLabel && (
          <>
            {' · '}Final: <Label label={statement.finalLabel} />
          </>
        )}
      </span>
    </div>
  );
}

/**
 * The fact map: one row per fact, one column per report, each cell the statements of that report
 * stating the fact. Plain server-rendered markup; only the correction panel of a row runs in the browser.
 */
export function FactMapTable({ map, canCorrect }: { map: FactMapView; canCorrect: boolean }) {
  const outletOf = new Map(map.reports.map((report) => [report.id, report.outlet]));
  const targets = map.facts.map((fact) => ({ id: fact.id, number: fact.number, preview: fact.statements[0]?.text.slice(0, 60) ?? '' }));
  return (
    <FactTargetsProvider targets={canCorrect ? targets : []}>
    <div className="table-scroll" role="region" aria-label="Fact map, scrolls sideways" tabIndex={0}>
      <table className="data-table fact-map">
        <caption>
          Facts of {map.story.title}: {map.facts.length} shown of {map.counts[map.filter]}
        </caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            {map.reports.map((report) => (
              <ReportHeader key={report.id} report={report} />
            ))}
          </tr>
        </thead>
        <tbody>
          {map.facts.map((fact) => (
            <tr key={fact.id} id={`fact-${fact.number}`}>
              <th scope="row">
                Fact {fact.number} <Label label={fact.proposedLabel} />
                {fact.corrected && <span className="tag">Corrected by a reviewer</span>}
                <ul className="fact-reasons">
                  {fact.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                {fact.mismatches.length > 0 && (
                  <p className="mismatch">
                    Figures differ:{' '}
                    {fact.mismatches.map((mismatch) => `${mismatch.figure} vs ${mismatch.otherFigure}`).join('; ')}
                  </p>
                )}
                {canCorrect && (
                  <FactCorrectionPanel
                    storyId={map.story.id}
                    fact={{ id: fact.id, number: fact.number }}
                    statements={fact.statements.map((statement) => ({ claimId: statement.claimId, name: `${outletOf.get(statement.reportId) ?? ''} sentence ${statement.sentenceNumber}` }))}
                  />
                )}
              </th>
              {map.reports.map((report) => (
                <td key={report.id}>
                  {fact.statements
                    .filter((statement) => statement.reportId === report.id)
                    .map((statement) => (
                      <StatementCell key={statement.claimId} fact={fact} statement={statement} />
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </FactTargetsProvider>
  );
}
