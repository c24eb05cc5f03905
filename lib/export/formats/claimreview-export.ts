import type { ExportReportFields, ExportFinalVerdict } from '@/lib/validations/export-document';
import { verdictLabelNames, type VerdictLabel } from '@/lib/validations/verdict';
import { claimLink } from '../claim-link';
import type { ExportContext, ExportEvent } from '../export-events';

// The numeric scale of reviewRating, documented in the README: 3 is best, 1 is worst.
export const claimReviewRatings: Record<VerdictLabel, number> = { corroborated: 3, single_source: 2, disputed: 1 };

function organization(name: string) {
  return { '@type': 'Organization', name };
}

/**
 * schema.org ClaimReview for one final verdict, with Google's required and recommended properties.
 * The claim's `position` is its sentence's number in the review workspace ("sentence N"), left out
 * for a claim on a line not for review.
 */
export function claimReview(report: ExportReportFields, claim: { id: string; text: string }, final: ExportFinalVerdict, context: ExportContext, sentenceNumber: number | null) {
  // The report as published, or the syndicated copy it was taken from when that is all we know.
  const url = report.url ?? report.syndicatedCopyUrl;
  const appearance = {
    '@type': 'NewsArticle',
    ...(url ? { url } : {}),
    ...(report.title ? { headline: report.title } : {}),
    ...(report.publishedOn ? { datePublished: report.publishedOn } : {}),
    author: organization(report.outlet),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimLink(context.origin, report.id, claim.id),
    claimReviewed: claim.text,
    datePublished: final.updatedAt.slice(0, 10),
    author: { '@type': 'Person', name: final.decidedBy.name },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: claimReviewRatings[final.label],
      bestRating: 3,
      worstRating: 1,
      alternateName: verdictLabelNames[final.label],
    },
    itemReviewed: {
      '@type': 'Claim',
      author: organization(report.outlet),
      ...(report.publishedOn ? { datePublished: report.publishedOn } : {}),
      ...(sentenceNumber === null ? {} : { position: sentenceNumber }),
      appearance,
    },
  };
}

/**
 * A JSON-LD array of ClaimReview objects, one per final verdict (the published verdicts only). A
 * corroborated verdict without a supporting source independent of the report is left out: rating
 * 3 would publish a corroboration that is not one (the other formats mark it instead).
 */
export async function* writeClaimReviews(events: AsyncIterable<ExportEvent>, context: ExportContext): AsyncGenerator<string> {
  yield '[';
  let isFirst = true;
  for await (const event of events) {
    if (event.kind !== 'sentences') continue;
    const reviews = event.sentences.flatMap((sentence) =>
      sentence.claims.flatMap((claim) => (claim.finalVerdict && claim.finalVerdict.independentSupport !== false ? [JSON.stringify(claimReview(event.report, claim, claim.finalVerdict, context, sentence.sentenceNumber))] : [])),
    );
    if (reviews.length === 0) continue;
    yield `${isFirst ? '' : ','}\n${reviews.join(',\n')}`;
    isFirst = false;
  }
  yield '\n]\n';
}
