import Link from 'next/link';

/** From a report's page to the fact map of the story it is in. */
export function FactMapLink({ story }: { story: { id: string; title: string } | null }) {
  if (!story) return null;
  return (
    <>
      {' · '}
      <Link href={`/stories/${story.id}/facts`}>Fact map</Link>
    </>
  );
}
