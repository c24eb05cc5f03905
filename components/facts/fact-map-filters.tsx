import Link from 'next/link';
import type { FactMapFilter } from '@/lib/validations/facts';

const filterNames: Record<FactMapFilter, string> = {
  all: 'All facts',
  'one-outlet': 'Stated by one outlet only',
  disputed: 'Disputed',
  'no-verdicts': 'Without verdicts',
};

/** The fact map's filters as links, each with how many facts it keeps. */
export function FactMapFilters({ storyId, current, counts }: { storyId: string; current: FactMapFilter; counts: Record<FactMapFilter, number> }) {
  return (
    <nav aria-label="Filter facts" className="filters">
      {(Object.keys(filterNames) as FactMapFilter[]).map((filter) => (
        <Link
          key={filter}
          href={filter === 'all' ? `/stories/${storyId}/facts` : `/stories/${storyId}/facts?filter=${filter}`}
          aria-current={filter === current ? 'page' : undefined}
          className="filter"
        >
          {filterNames[filter]} ({counts[filter]})
        </Link>
      ))}
    </nav>
  );
}
