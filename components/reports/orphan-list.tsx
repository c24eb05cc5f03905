type Orphan = { id: string; revision: number; text: string };
type Orphans = { sentences: Orphan[]; claims: Orphan[] };

function OrphanGroup({ title, orphans }: { title: string; orphans: Orphan[] }) {
  if (orphans.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul aria-label={title}>
        {orphans.map((orphan) => (
          <li key={orphan.id}>
            “{orphan.text}” <span className="meta">(from revision {orphan.revision})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What earlier re-imports could not re-attach, kept for an editor to deal with. */
export function OrphanList({ orphans }: { orphans: Orphans }) {
  if (orphans.sentences.length === 0 && orphans.claims.length === 0) return <p className="meta">Nothing is orphaned.</p>;
  return (
    <div className="notice orphans">
      <OrphanGroup title="Orphaned sentences" orphans={orphans.sentences} />
      <OrphanGroup title="Orphaned claims" orphans={orphans.claims} />
    </div>
  );
}
