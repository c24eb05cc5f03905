import Link from 'next/link';
import type { FactMapFilter } from '@/lib/validations/facts';

/** Earlier and later pages of the fact map, under the same filter. */
export function FactMapPager({ storyId, filter, page, pages }: { storyId: string; filter: FactMapFilter; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (to: number) => {
    const query = new URLSearchParams();
    if (filter !== 'all') query.set('filter', filter);
    if (to > 1) query.set('page', String(to));
    const text = query.toString();
    return `/stories/${storyId}/facts${text ? `?${text}` : ''}`;
  };
  return (
    <nav aria-label="Pages of facts" className="filters">
      {page > 1 && <Link href={href(page - 1)}>Previous page</Link>}
      <span className="meta">
        Page {page} of {pages}
      </span>
      {page < pages && <Link href={href(page + 1)}>Next page</Link>}
    </nav>
  );
}
