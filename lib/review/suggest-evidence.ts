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
import { loadIndependence } from '@/lib/stories/load-independence';
import { proposalOfClaim, type ClaimProposal } from './claim-proposal';
import { sharedWords } from './shared-words';

const ZSuggestEvidence = z.object({
  claimId: z.uuid({ message: 'claimId must be a claim id' }),
  limit: z.coerce.number().int().min(1).max(20, 'limit must be at most 20').default(5),
});

type CandidateRow = { sentence_id: string; report_id: string; text: string; shared_terms: string[]; score: number; same_story: boolean };

export type Suggestion = {
  sentenceId: string;
  reportId: string;
  outlet: string;
  text: string;
  score: number;
  /** The terms it shares with the claim, as the two sentences word them ("agency", "met / held"). */
  sharedTerms: string[];
  /** From a report of the claim's own story: these come first. */
  sameStory: boolean;
  mismatches: Mismatch[];
  independent: boolean;
  independenceNote: string | null;
  /** Null for a weak match (`labelNote` says so): a label is suggested only from a strong one. */
  suggestedLabel: VerdictLabel | null;
  labelNote: string | null;
  suggestedRelation: 'supports' | 'contradicts';
};

export type Suggestions = { suggestions: Suggestion[] } & ClaimProposal;

// Bounds on the work per request. Candidates must share a term that at most 2% of all sentences
// use (or 200, in a small archive), or one of the claim's 3 rarest: terms as common as "korea" in
// a North Korea desk's archive would match most of it and decide little. The 300 matching most of
// those terms are scored.
const commonTermShare = 0.02;
const commonTermFloor = 200;
const rareTerms = 3;
const candidatePool = 300;
// The score from which a suggestion is close enough to the claim for its differing figures to
// dispute it, and from which a label is suggested at all: measured on the expected same-fact
// pairs of the shipped reports (npm run bench:suggestions; BENCHMARKS.md, Evidence suggestions).
export const strongMatchScore = 0.3;
const weakMatchNote = 'Weak match: no label suggested';

/**
 * Sentences of other reports that may state the claim's fact, best first, ranked in Postgres:
 * full-text matches of any of the claim's search terms (GIN index on the generated
 * search_vector), scored by the Dice overlap of their terms weighted by rarity (idf from
 * search_terms), with trigram similarity (pg_trgm) breaking ties. Sentences of the claim's own
 * story come first; the fact map's proposal for the claim comes with them (or why there is none).
 */
export async function suggestEvidence({ actor, input }: { actor: Actor; input: unknown }): Promise<Suggestions> {
  const { claimId, limit } = parseInput(ZSuggestEvidence, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const claim = await db.claim.findFirst({
    where: { id: claimId, removedAt: null, orphanedAt: null },
    select: { text: true, reportId: true, report: { select: { outlet: true, creditsInText: true, storyId: true } } },
  });
  if (!claim) throw new AppError('not_found', 'No current claim has this id', 'claimId');
  const storyId = claim.report.storyId;

  const rows = await db.$queryRaw<CandidateRow[]>`
    WITH total AS (
      SELECT greatest(coalesce((SELECT sentences FROM search_terms WHERE lexeme = ''), 0), 1)::float8 AS sentences
    ), claim_terms AS (
      SELECT lexeme, coalesce(terms.sentences, 0) AS sentences, ln(1 + total.sentences / greatest(coalesce(terms.sentences, 0), 1)) AS idf
      FROM total, unnest(tsvector_to_array(search_vector_of(${claim.text}))) AS lexeme
      LEFT JOIN search_terms AS terms USING (lexeme)
    ), query AS (
      -- Candidates must share one of the claim's rarest terms: common ones (say, envoy) would
      -- match most of an archive and decide little.
      SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS tsquery
      FROM (
        SELECT claim_terms.lexeme, claim_terms.sentences, row_number() OVER (ORDER BY idf DESC, lexeme) AS rarity FROM claim_terms
      ) AS ranked, total
      WHERE ranked.sentences <= greatest(${commonTermFloor}, ${commonTermShare} * total.sentences) OR rarity <= ${rareTerms}
    ), claim_weight AS (
      SELECT coalesce(sum(idf), 0) AS weight FROM claim_terms
    ), any_term AS (
      SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS tsquery FROM claim_terms
    ), story_candidates AS (
      -- Within the claim's story any shared term makes a candidate: its reports are about one
      -- event, so their common words are not the archive's.
      SELECT s.id, s.report_id, s.text, s.search_vector, true AS same_story
      FROM sentences AS s, any_term
      WHERE s.report_id IN (SELECT id FROM reports WHERE story_id = ${storyId}::uuid AND archived_at IS NULL AND id <> ${claim.reportId}::uuid)
        AND s.search_vector @@ any_term.tsquery AND s.kind = 'body' AND s.orphaned_at IS NULL
      ORDER BY ts_rank(s.search_vector, any_term.tsquery) DESC
      LIMIT ${candidatePool}
    ), archive_candidates AS (
      SELECT s.id, s.report_id, s.text, s.search_vector, false AS same_story
      FROM sentences AS s, query
      WHERE s.search_vector @@ query.tsquery AND s.report_id <> ${claim.reportId}::uuid AND s.kind = 'body' AND s.orphaned_at IS NULL
        AND s.report_id IN (SELECT id FROM reports WHERE archived_at IS NULL AND (${storyId}::uuid IS NULL OR story_id IS DISTINCT FROM ${storyId}::uuid))
      ORDER BY ts_rank(s.search_vector, query.tsquery) DESC
      LIMIT ${candidatePool}
    ), candidates AS (
      SELECT id, report_id, text, tsvector_to_array(search_vector) AS lexemes, same_story
      FROM (SELECT * FROM story_candidates UNION ALL SELECT * FROM archive_candidates) AS found
    ), weighed AS (
      SELECT c.id, c.report_id, c.text, c.same_story,
        (SELECT array_agg(ct.lexeme ORDER BY ct.idf DESC) FROM claim_terms AS ct WHERE ct.lexeme = ANY (c.lexemes)) AS shared_terms,
        (SELECT coalesce(sum(ct.idf), 0) FROM claim_terms AS ct WHERE ct.lexeme = ANY (c.lexemes)) AS shared_weight,
        (SELECT coalesce(sum(ln(1 + total.sentences / greatest(coalesce(terms.sentences, 0), 1))), 0)
           FROM total, unnest(c.lexemes) AS lexeme LEFT JOIN search_terms AS terms USING (lexeme)) AS own_weight
      FROM candidates AS c
    )
    SELECT w.id AS sentence_id, w.report_id, w.text, w.same_story, coalesce(w.shared_terms, '{}') AS shared_terms,
      (2 * w.shared_weight / greatest(cw.weight + w.own_weight, 1e-9) + 0.05 * similarity(w.text, ${claim.text}))::float8 AS score
    FROM weighed AS w, claim_weight AS cw
    ORDER BY w.same_story DESC, score DESC, w.text
    LIMIT ${limit}`;

  const storyReportIds = [...new Set(rows.filter((row) => row.same_story).map((row) => row.report_id))];
  const [reports, storyIndependence, words, proposal] = await Promise.all([
    db.report.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.report_id))] } }, select: { id: true, outlet: true, creditsInText: true } }),
    // Within the story, the story's independence (credits, text reuse, editors' decisions), as the
    // server applies it to a corroborated verdict; outside it, credit lines only.
    loadIndependence(db, claim.reportId, storyReportIds),
    sharedWords(claim.text, rows.map((row) => ({ text: row.text, sharedTerms: row.shared_terms }))),
    proposalOfClaim(claimId),
  ]);
  const reportById = new Map(reports.map((report) => [report.id, report]));
  return {
    ...proposal,
    suggestions: rows.flatMap((row, position) => {
      const report = reportById.get(row.report_id);
      if (!report) return [];
      const mismatches = findMismatches(claim.text, row.text);
      const pair = storyIndependence.get(row.report_id);
      const { independent, note } = pair
        ? { independent: pair.independent, note: pair.independent ? null : `${pair.reasons[0]?.detail ?? `${report.outlet} is not independent of ${claim.report.outlet}`}: not an independent source` }
        : independence(claim.report, report);
      const isStrong = row.score >= strongMatchScore;
      // Differing figures only dispute the claim when the sentence is about the same thing.
      const isDisputing = mismatches.length > 0 && isStrong;
      const suggestedLabel: VerdictLabel | null = !isStrong ? null : isDisputing ? 'disputed' : independent ? 'corroborated' : 'single_source';
      return [
        {
          sentenceId: row.sentence_id,
          reportId: row.report_id,
          outlet: report.outlet,
          text: row.text,
          score: Math.round(row.score * 1000) / 1000,
          sharedTerms: words[position] ?? row.shared_terms,
          sameStory: row.same_story,
          mismatches,
          independent,
          independenceNote: note,
          suggestedLabel,
          labelNote: isStrong ? null : weakMatchNote,
          suggestedRelation: isDisputing ? 'contradicts' : 'supports',
        },
      ];
    }),
  };
}
