import Link from 'next/link';
import type { ReviewFilter } from '@/lib/review/get-review-workspace';

const filterNames: Record<ReviewFilter, string> = {
  all: 'All',
  unreviewed: 'Unreviewed',
  corroborated: 'Corroborated',
  single_source: 'Single-source',
  disputed: 'Disputed',
  conflict: 'Has conflict',
};

export function ReviewFilters({ reportId, current }: { reportId: string; current: ReviewFilter }) {
  return (
    <nav aria-label="Filter sentences" className="filters">
      {(Object.keys(filterNames) as ReviewFilter[]).map((filter) => (
        <Link
          key={filter}
          href={filter === 'all' ? `/reports/${reportId}` : `/reports/${reportId}?filter=${filter}`}
          aria-current={filter === current ? 'page' : undefined}
          className="filter"
        >
          {filterNames[filter]}
        </Link>
      ))}
    </nav>
  );
}
