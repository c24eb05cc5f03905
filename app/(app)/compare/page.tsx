import type { Metadata } from 'next';
import { ComparisonView } from '@/components/review/comparison-view';
import { getActor } from '@/lib/auth/get-actor';
import { getComparison } from '@/lib/review/get-comparison';

export const metadata: Metadata = { title: 'Side by side' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ reports?: string }> }) {
  const actor = await getActor();
  if (!actor) return null;
  const reportIds = (await searchParams).reports?.split(',').filter(Boolean) ?? [];
  const comparison = await getComparison({ actor, input: { reportIds } });
  return (
    <>
      <h1>Side by side</h1>
      <p className="meta">
        Lines join sentences linked as evidence (green: supports, red: contradicts). Point at a sentence to highlight its evidence in the
        other reports.
      </p>
      <ComparisonView comparison={comparison} />
    </>
  );
}
