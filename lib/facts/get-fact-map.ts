import 'server-only';
import type { Actor } from '@/lib/actor';
import { AppError } from '@/lib/errors';
import { factMapFilters, ZFactMap, type FactMapFilter } from '@/lib/validations/facts';
import { parseInput } from '@/lib/validations/parse-input';
import { getStoryFacts, type StoryFactsView } from './get-story-facts';
import { countOf } from '@/lib/format/plural';

/** Rows of the fact map a page holds: a story of 50 reports has tens of thousands of facts. */
export const factMapPageSize = 200;

type Fact = StoryFactsView['facts'][number];

/** What each filter keeps, judged on what the viewer may see (blind review applied). */
function filterTests(outletOf: ReadonlyMap<string, string>): Record<FactMapFilter, (fact: Fact) => boolean> {
  return {
    all: () => true,
    'one-outlet': (fact) => new Set(fact.statements.map((statement) => outletOf.get(statement.reportId))).size === 1,
    disputed: (fact) =>
      fact.proposedLabel === 'disputed' || fact.statements.some((statement) => statement.finalLabel === 'disputed' || statement.labels.some((label) => label.label === 'disputed')),
    'no-verdicts': (fact) => fact.statements.every((statement) => statement.labels.length === 0 && statement.finalLabel === null),
  };
}

/**
 * One page of a story's fact map: its reports (each derived one with why), the facts a filter
 * keeps, numbered as in the whole map so a number names the same fact under every filter, and how
 * many facts each filter keeps.
 */
export async function getFactMap({ actor, input }: { actor: Actor; input: unknown }) {
  const { storyId, filter = 'all', page = 1 } = parseInput(ZFactMap, input);
  const map = await getStoryFacts({ actor, input: { storyId } });
  const outletOf = new Map(map.reports.map((report) => [report.id, report.outlet]));
  const tests = filterTests(outletOf);
  const numbered = map.facts.map((fact, position) => ({ ...fact, number: position + 1 }));
  const counts = Object.fromEntries(factMapFilters.map((name) => [name, name === 'all' ? numbered.length : numbered.filter(tests[name]).length])) as Record<FactMapFilter, number>;
  const kept = filter === 'all' ? numbered : numbered.filter(tests[filter]);
  const pages = Math.max(1, Math.ceil(kept.length / factMapPageSize));
  if (page > pages) throw new AppError('not_found', `This fact map has ${countOf(pages, 'page', 'pages')}`, 'page');
  const pairReasons = (a: string, b: string) =>
    map.independence.find((pair) => pair.reportIds.includes(a) && pair.reportIds.includes(b))?.reasons.map((reason) => reason.detail) ?? [];
  return {
    story: map.story,
    reports: map.reports.map((report) => ({
      ...report,
      derivedFrom: report.derivedFrom.map((sourceId) => ({ reportId: sourceId, outlet: outletOf.get(sourceId) ?? '', reasons: pairReasons(report.id, sourceId) })),
    })),
    filter,
    counts,
    page,
    pages,
    pageSize: factMapPageSize,
    facts: kept.slice((page - 1) * factMapPageSize, page * factMapPageSize),
  };
}

export type FactMapView = Awaited<ReturnType<typeof getFactMap>>;
export type FactMapRow = FactMapView['facts'][number];
