import Link from 'next/link';

/** From a report's page to the fact map of the story it is in. */
export function FactMapLink({ story }: { story: { storyId: string; title: string } | null }) {
  if (!story) return null;
  return (
    <>
      {' · '}
      <Link href={`/stories/${story.storyId}/facts`}>Fact map of {story.title}</Link>
    </>
  );
}
