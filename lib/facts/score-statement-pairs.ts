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
// topic ("korea", "envoy"), not one fact's: it is weighed but does not make two statements
// candidates on its own.
const topicTermsPerReport = 2;

/**
 * The story's statements, and every pair of statements of different reports sharing a term that
 * is not the story's topic, scored by the Dice overlap of their terms weighted by rarity within
 * the story (idf over the story's own statements: its own vocabulary, not the archive's).
 * Terms come from the same text-search index as suggestions (sentences.search_vector; a narrower
 * claim's own text through search_vector_of).
 */
export async function scoreStatementPairs(client: Db | DbTransaction, reportIds: string[]): Promise<{ statements: Statement[]; pairs: ScoredPair[] }> {
  if (reportIds.length === 0) return { statements: [], pairs: [] };
  const statements = await client.$queryRaw<(Omit<Statement, 'sentenceIndex'> & { sentence_index: number })[]>`
    WITH numbered AS (
      SELECT s.id, s.index, row_number() OVER (PARTITION BY s.report_id ORDER BY s.index)::int AS number
      FROM sentences AS s
      WHERE s.report_id = ANY (${reportIds}::uuid[]) AND s.kind = 'body' AND s.orphaned_at IS NULL
    )
    SELECT c.id AS "claimId", c.sentence_id AS "sentenceId", c.report_id AS "reportId", c.text, c.is_default AS "isDefault",
      c.created_by_id AS "createdById", numbered.number AS sentence_index
    FROM claims AS c JOIN numbered ON numbered.id = c.sentence_id
    WHERE c.removed_at IS NULL AND c.orphaned_at IS NULL
    ORDER BY c.report_id, numbered.index, c.start, c.id`;
  const pairs = await client.$queryRaw<{ claim_id: string; other_claim_id: string; score: number; coverage: number; other_coverage: number; shared_terms: string[] }[]>`
    WITH statement AS (
      SELECT c.id, c.report_id,
        tsvector_to_array(CASE WHEN c.is_default THEN s.search_vector ELSE search_vector_of(c.text) END) AS lexemes
      FROM claims AS c JOIN sentences AS s ON s.id = c.sentence_id
      WHERE c.report_id = ANY (${reportIds}::uuid[]) AND s.kind = 'body' AND s.orphaned_at IS NULL
        AND c.removed_at IS NULL AND c.orphaned_at IS NULL
    ), size AS (
      SELECT count(*)::float8 AS statements, count(DISTINCT report_id) AS reports FROM statement
    ), posting AS (
      SELECT statement.id, statement.report_id, lexeme FROM statement, unnest(statement.lexemes) AS lexeme
    ), term AS (
      SELECT lexeme, count(*) AS statements, ln(1 + size.statements / count(*)) AS idf
      FROM posting, size GROUP BY lexeme, size.statements
    ), weight AS (
      SELECT posting.id, sum(term.idf) AS weight FROM posting JOIN term USING (lexeme) GROUP BY posting.id
    ), candidate AS (
      SELECT DISTINCT a.id AS a, b.id AS b
      FROM posting AS a
      JOIN term USING (lexeme)
      JOIN posting AS b ON b.lexeme = a.lexeme AND b.id > a.id AND b.report_id <> a.report_id,
      size
      WHERE term.statements <= greatest(${topicTermsPerReport} * size.reports, 2)
    ), shared AS (
      SELECT candidate.a, candidate.b, sum(term.idf) AS weight, array_agg(term.lexeme ORDER BY term.idf DESC, term.lexeme) AS terms
      FROM candidate
      JOIN posting AS pa ON pa.id = candidate.a
      JOIN posting AS pb ON pb.id = candidate.b AND pb.lexeme = pa.lexeme
      JOIN term ON term.lexeme = pa.lexeme
      GROUP BY candidate.a, candidate.b
    )
    SELECT shared.a AS claim_id, shared.b AS other_claim_id, shared.terms AS shared_terms,
      (2 * shared.weight / greatest(wa.weight + wb.weight, 1e-9))::float8 AS score,
      (shared.weight / greatest(wa.weight, 1e-9))::float8 AS coverage, (shared.weight / greatest(wb.weight, 1e-9))::float8 AS other_coverage
    FROM shared JOIN weight AS wa ON wa.id = shared.a JOIN weight AS wb ON wb.id = shared.b`;
  return {
    statements: statements.map(({ sentence_index, ...statement }) => ({ ...statement, sentenceIndex: sentence_index })),
    pairs: pairs.map((pair) => ({
      claimId: pair.claim_id,
      otherClaimId: pair.other_claim_id,
      score: pair.score,
      sharedTerms: pair.shared_terms,
      coverage: pair.coverage,
      otherCoverage: pair.other_coverage,
    })),
  };
}
