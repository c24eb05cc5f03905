type Orphans = {
  sentences: { id: string; revision: number; text: string; orphanedAt: Date | null }[];
  claims: { id: string; revision: number; text: string; orphanedAt: Date | null }[];
};

/** What earlier re-imports could not re-attach, kept for an editor to deal with. */
export function OrphanList({ orphans }: { orphans: Orphans }) {
  if (orphans.sentences.length === 0 && orphans.claims.length === 0) return <p className="meta">Nothing is orphaned.</p>;
  return (
    <div className="notice orphans">
      {orphans.sentences.length > 0 && (
        <>
          <h3>Orphaned units</h3>
          <ul aria-label="Orphaned units">
            {orphans.sentences.map((sentence) => (
              <li key={sentence.id}>
                “{sentence.text}” <span className="meta">(from revision {sentence.revision})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {orphans.claims.length > 0 && (
        <>
          <h3>Orphaned claims</h3>
          <ul aria-label="Orphaned claims">
            {orphans.claims.map((claim) => (
              <li key={claim.id}>
                “{claim.text}” <span className="meta">(from revision {claim.revision})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
