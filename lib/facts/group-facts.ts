import { createHash } from 'node:crypto';

/**
 * The facts of a story: the maximal groups of statements that all state the same fact as each
 * other (maximal cliques of the same-fact links, Bron–Kerbosch with pivoting), so a statement
 * linked to two statements that are not linked to each other is in two facts; each statement
 * with no link is a fact of its own. Groups are returned in the order of their first statement.
 */
export function groupFacts(claimIds: string[], links: { claimId: string; otherClaimId: string }[]): string[][] {
  const order = new Map(claimIds.map((id, position) => [id, position]));
  const neighbours = new Map<string, Set<string>>(claimIds.map((id) => [id, new Set()]));
  for (const { claimId, otherClaimId } of links) {
    if (claimId === otherClaimId) continue;
    const a = neighbours.get(claimId);
    const b = neighbours.get(otherClaimId);
    if (!a || !b) continue;
    a.add(otherClaimId);
    b.add(claimId);
  }
  const groups: string[][] = [];
  const expand = (clique: string[], candidates: Set<string>, excluded: Set<string>) => {
    if (candidates.size === 0 && excluded.size === 0) {
      groups.push(clique);
      return;
    }
    let pivot: string | undefined;
    let pivotDegree = -1;
    for (const id of [...candidates, ...excluded]) {
      let degree = 0;
      for (const other of neighbours.get(id) ?? []) if (candidates.has(other)) degree += 1;
      if (degree > pivotDegree) [pivot, pivotDegree] = [id, degree];
    }
    const pivotNeighbours = neighbours.get(pivot ?? '') ?? new Set<string>();
    for (const id of [...candidates]) {
      if (pivotNeighbours.has(id)) continue;
      const adjacent = neighbours.get(id) ?? new Set<string>();
      expand([...clique, id], intersect(candidates, adjacent), intersect(excluded, adjacent));
      candidates.delete(id);
      excluded.add(id);
    }
  };
  // One connected component at a time keeps each search small.
  const seen = new Set<string>();
  for (const id of claimIds) {
    if (seen.has(id)) continue;
    const component = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (component.has(next)) continue;
      component.add(next);
      for (const other of neighbours.get(next) ?? []) if (!component.has(other)) stack.push(other);
    }
    for (const member of component) seen.add(member);
    expand([], component, new Set());
  }
  const byPosition = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return groups.map((group) => group.sort(byPosition)).sort((a, b) => byPosition(a[0] ?? '', b[0] ?? '') || b.length - a.length);
}

function intersect(set: Set<string>, other: Set<string>): Set<string> {
  const result = new Set<string>();
  for (const id of set) if (other.has(id)) result.add(id);
  return result;
}

/** A fact's id: the same for the same statements, whatever order they come in. */
export function factId(claimIds: string[]): string {
  return createHash('sha256').update([...claimIds].sort().join(',')).digest('hex').slice(0, 24);
}
