import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';

/** A claim for review of one of the story's reports: the unit facts are made of. */
export type Statement = {
  claimId: string;
  sentenceId: string;
  reportId: string;
  text: string;
  isDefault: boolean;
  createdById: string | null;
  /** The sentence's number among the report's sentences for review (1-based), as the workspace shows it. */
  sentenceIndex: number;
};

/** Two statements of different reports and how much of their wording they share. */
export type ScoredPair = {
  claimId: string;
  otherClaimId: string;
  score: number;
  sharedTerms: string[];
  /** The share of each statement's own term weight that the other states: how much of it the other covers. */
  coverage: number;
  otherCoverage: number;
};

// A term used by more statements than the story has reports, several times over, is the story's
// topic ("northkorea", "envoy"), not one fact's: it is weighed but does not make two statements
// candidates on its own.
const topicTermsPerReport = 2;

/**
 * The story's statements, and every pair of statements of different reports sharing a term that
 * is not the story's topic, scored by the Dice overlap of their terms weighted by rarity within
 * the story (idf over the story's own statements: its own vocabulary, not the archive's).
 * Terms come from the same text-search index as suggestions (sentences.search_vector; a narrower
 * claim's own text through search_vector_of), read in one query; the pairs are scored here, from
 * an inverted index of the story's terms, which keeps a story of 50,000 statements to seconds
 * whatever plan Postgres would pick for a self-join of its postings.
 */
export async function scoreStatementPairs(client: Db | DbTransaction, reportIds: string[]): Promise<{ statements: Statement[]; pairs: ScoredPair[] }> {
  if (reportIds.length === 0) return { statements: [], pairs: [] };
  const rows = await client.$queryRaw<(Omit<Statement, 'sentenceIndex'> & { sentence_index: number; lexemes: string[] })[]>`
    WITH numbered AS (
      SELECT s.id, s.index, s.search_vector, row_number() OVER (PARTITION BY s.report_id ORDER BY s.index)::int AS number
      FROM sentences AS s
      WHERE s.report_id = ANY (${reportIds}::uuid[]) AND s.kind = 'body' AND s.orphaned_at IS NULL
    )
    SELECT c.id AS "claimId", c.sentence_id AS "sentenceId", c.report_id AS "reportId", c.text, c.is_default AS "isDefault",
      c.created_by_id AS "createdById", numbered.number AS sentence_index,
      tsvector_to_array(CASE WHEN c.is_default THEN numbered.search_vector ELSE search_vector_of(c.text) END) AS lexemes
    FROM claims AS c JOIN numbered ON numbered.id = c.sentence_id
    WHERE c.removed_at IS NULL AND c.orphaned_at IS NULL
    ORDER BY c.report_id, numbered.index, c.start, c.id`;
  const statements = rows.map(({ sentence_index, lexemes: _lexemes, ...statement }) => ({ ...statement, sentenceIndex: sentence_index }));
  return { statements, pairs: scorePairs(rows, new Set(rows.map((row) => row.reportId)).size) };
}

type Terms = { claimId: string; reportId: string; lexemes: string[] };

/** Weighted Dice of every pair of statements of different reports sharing a term that is not the story's topic. */
export function scorePairs(statements: Terms[], reports: number): ScoredPair[] {
  const postings = new Map<string, number[]>();
  for (const [position, statement] of statements.entries()) {
    for (const lexeme of statement.lexemes) {
      const list = postings.get(lexeme);
      if (list) list.push(position);
      else postings.set(lexeme, [position]);
    }
  }
  const idf = new Map([...postings].map(([lexeme, list]) => [lexeme, Math.log(1 + statements.length / list.length)]));
  const weight = statements.map((statement) => statement.lexemes.reduce((sum, lexeme) => sum + (idf.get(lexeme) ?? 0), 0));
  const topic = Math.max(topicTermsPerReport * reports, 2);
  const candidates = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > topic) continue;
    for (const [index, a] of list.entries()) {
      for (const b of list.slice(index + 1)) {
        if (statements[a]?.reportId !== statements[b]?.reportId) candidates.add(a * statements.length + b);
      }
    }
  }
  const pairs: ScoredPair[] = [];
  for (const key of candidates) {
    const a = Math.floor(key / statements.length);
    const b = key % statements.length;
    const [first, second] = [statements[a], statements[b]];
    if (!first || !second) continue;
    const theirs = new Set(second.lexemes);
    const shared = first.lexemes.filter((lexeme) => theirs.has(lexeme)).sort((x, y) => (idf.get(y) ?? 0) - (idf.get(x) ?? 0) || (x < y ? -1 : 1));
    const sharedWeight = shared.reduce((sum, lexeme) => sum + (idf.get(lexeme) ?? 0), 0);
    const [weightA, weightB] = [weight[a] ?? 0, weight[b] ?? 0];
    pairs.push({
      claimId: first.claimId,
      otherClaimId: second.claimId,
      score: (2 * sharedWeight) / Math.max(weightA + weightB, 1e-9),
      sharedTerms: shared,
      coverage: sharedWeight / Math.max(weightA, 1e-9),
      otherCoverage: sharedWeight / Math.max(weightB, 1e-9),
    });
  }
  return pairs;
}
