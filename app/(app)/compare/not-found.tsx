import Link from 'next/link';

export default function ComparisonNotFound() {
  return (
    <>
      <h1>Reports not found</h1>
      <p className="meta">The address names a report that does not exist, or more than three. It may have been mistyped.</p>
      <Link href="/compare">Choose reports to compare</Link>
    </>
  );
}
