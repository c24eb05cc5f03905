import Link from 'next/link';
import { reportLabel } from '@/lib/format/report-name';
import type { Comparison } from '@/lib/review/get-comparison';

type Props = Pick<Comparison, 'reports' | 'leftOut' | 'story'>;

/** Which ticked reports did not fit side by side, and the fact map of the story they are all in. */
export function ComparisonNotices({ reports, leftOut, story }: Props) {
  const factMap = story && <Link href={`/stories/${story.id}/facts`}>the fact map of “{story.title}”</Link>;
  if (leftOut.length > 0) {
    const ticked = reports.length + leftOut.length;
    return (
      <p className="notice" role="status">
        {ticked} reports ticked; side by side shows {reports.length}. Left out:{' '}
        {leftOut.map((report) => reportLabel(report)).join('; ')}. Untick some to bring the others in
        {factMap ? <>, or see all {ticked} in {factMap}, fact by fact.</> : '.'}
      </p>
    );
  }
  if (!factMap) return null;
  return <p className="meta">These reports are all in one story: {factMap} lays out what each of its reports says, fact by fact.</p>;
}
