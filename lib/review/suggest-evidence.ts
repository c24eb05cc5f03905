import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import type { VerdictLabel } from '@/lib/validations/verdict';
import { findMismatches, type Mismatch } from '@/lib/facts/quantities';
import { independence } from '@/lib/stories/credit-lines';

const ZSuggestEvidence = z.object({
  claimId: z.uuid({ message: 'claimId must be a claim id' }),
  limit: z.coerce.number().int().min(1).max(20, 'limit must be at most 20').default(5),
});

type CandidateRow = { sentence_id: string; report_id: string; text: string; shared_terms: string[]; score: number };

export type Suggestion = {
  sentenceId: string;
  reportId: string;
  outlet: string;
  text: string;
  score: number;
  sharedTerms: string[];
  mismatches: Mismatch[];
  independent: boolean;
  independenceNote: string | null;
  suggestedLabel: VerdictLabel;
  suggestedRelation: 'supports' | 'contradicts';
};

// Bounds on the work per request. Candidates must share a term that at most 2% of all sentences
// use (or 200, in a small archive), or one of the claim's 3 rarest: terms as common as "korea" in
// a North Korea desk's archive would match most of it and decide little. The 300 matching most of
// those terms are scored.
const commonTermShare = 0.02;
const commonTermFloor = 200;
const rareTerms = 3;
const candidatePool = 300;
// The score from which a suggestion is close enough to the claim for its differing figures to dispute it.
const disputeScore = 0.3;

/**
 * Sentences of other reports that may state the claim's fact, best first, ranked in Postgres:
 * full-text matches of any of the claim's search terms (GIN index on the generated
 * search_vector), scored by the Dice overlap of their terms weighted by rarity (idf from
 * search_terms), with trigram similarity (pg_trgm) breaking ties.
 */
export async function suggestEvidence({ actor, input }: { actor: Actor; input: unknown }): Promise<{ suggestions: Suggestion[] }> {
  const { claimId, limit } = parseInput(ZSuggestEvidence, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const claim = await db.claim.findFirst({
    where: { id: claimId, removedAt: null, orphanedAt: null },
    select: { text: true, reportId: true, report: { select: { outlet: true, creditsInText: true } } },
  });
  if (!claim) throw new AppError('not_found', 'No current claim has this id', 'claimId');

  const rows = await db.$queryRaw<CandidateRow[]>`
    WITH total AS (
      SELECT greatest(coalesce((SELECT sentences FROM search_terms WHERE lexeme = ''), 0), 1)::float8 AS sentences
    ), claim_terms AS (
      SELECT lexeme, coalesce(terms.sentences, 0) AS sentences, ln(1 + total.sentences / greatest(coalesce(terms.sentences, 0), 1)) AS idf
      FROM total, unnest(tsvector_to_array(search_vector_of(${claim.text}))) AS lexeme
      LEFT JOIN search_terms AS terms USING (lexeme)
    ), query AS (
      -- Candidates must share one of the claim's rarest terms: common ones (north, korea) would
      -- match most of an archive and decide little.
      SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS tsquery
      FROM (
        SELECT claim_terms.lexeme, claim_terms.sentences, row_number() OVER (ORDER BY idf DESC, lexeme) AS rarity FROM claim_terms
      ) AS ranked, total
      WHERE ranked.sentences <= greatest(${commonTermFloor}, ${commonTermShare} * total.sentences) OR rarity <= ${rareTerms}
    ), claim_weight AS (
      SELECT coalesce(sum(idf), 0) AS weight FROM claim_terms
    ), candidates AS (
      SELECT s.id, s.report_id, s.text, tsvector_to_array(s.search_vector) AS lexemes
      FROM sentences AS s, query
      WHERE s.search_vector @@ query.tsquery AND s.report_id <> ${claim.reportId}::uuid AND s.kind = 'body' AND s.orphaned_at IS NULL
        AND s.report_id IN (SELECT id FROM reports WHERE archived_at IS NULL)
      ORDER BY ts_rank(s.search_vector, query.tsquery) DESC
      LIMIT ${candidatePool}
    ), weighed AS (
      SELECT c.id, c.report_id, c.text,
        (SELECT array_agg(ct.lexeme ORDER BY ct.idf DESC) FROM claim_terms AS ct WHERE ct.lexeme = ANY (c.lexemes)) AS shared_terms,
        (SELECT coalesce(sum(ct.idf), 0) FROM claim_terms AS ct WHERE ct.lexeme = ANY (c.lexemes)) AS shared_weight,
        (SELECT coalesce(sum(ln(1 + total.sentences / greatest(coalesce(terms.sentences, 0), 1))), 0)
           FROM total, unnest(c.lexemes) AS lexeme LEFT JOIN search_terms AS terms USING (lexeme)) AS own_weight
      FROM candidates AS c
    )
    SELECT w.id AS sentence_id, w.report_id, w.text, coalesce(w.shared_terms, '{}') AS shared_terms,
      (2 * w.shared_weight / greatest(cw.weight + w.own_weight, 1e-9) + 0.05 * similarity(w.text, ${claim.text}))::float8 AS score
    FROM weighed AS w, claim_weight AS cw
    ORDER BY score DESC, w.text
    LIMIT ${limit}`;

  const reports = await db.report.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.report_id))] } },
    select: { id: true, outlet: true, creditsInText: true },
  });
  const reportById = new Map(reports.map((report) => [report.id, report]));
  return {
    suggestions: rows.flatMap((row) => {
      const report = reportById.get(row.report_id);
      if (!report) return [];
      const mismatches = findMismatches(claim.text, row.text);
      const { independent, note } = independence(claim.report, report);
      // Differing figures only dispute the claim when the sentence is about the same thing.
      const isDisputing = mismatches.length > 0 && row.score >= disputeScore;
      const suggestedLabel: VerdictLabel = isDisputing ? 'disputed' : independent ? 'corroborated' : 'single_source';
      return [
        {
          sentenceId: row.sentence_id,
          reportId: row.report_id,
          outlet: report.outlet,
          text: row.text,
          score: Math.round(row.score * 1000) / 1000,
          sharedTerms: row.shared_terms,
          mismatches,
          independent,
          independenceNote: note,
          suggestedLabel,
          suggestedRelation: isDisputing ? 'contradicts' : 'supports',
        },
      ];
    }),
  };
}
