// The data `npm run bench` works on, made through the real use cases (lib/ is imported here only
// after the caller has set DATABASE_URL): the three shipped reports, reviewers with a password and
// an API token each, and one (claim, reviewer) pair per load connection. Every pair's verdict is
// saved once here, so every timed save is an edit of a known version, as when a reviewer revises.
import { randomBytes } from 'node:crypto';
import type { UserActor } from '@/lib/actor';
import { verdictBody, type VerdictPair } from './verdict-pair';

export type BenchData = {
  reports: number;
  pairs: VerdictPair[];
  /** Every reviewer's password (one per run); reviewers sign in with it for the page timing. */
  reviewerPassword: string;
  /** The report with the most sentences, for the review page timing. */
  largestReportId: string;
  largestReportSentences: number;
};

async function importShippedReports() {
  const { cliActor } = await import('@/lib/actor');
  const { importReport } = await import('@/lib/reports/import-report');
  const { readSeedReports } = await import('@/lib/reports/seed-report-files');
  const imported = [];
  for (const report of readSeedReports()) {
    const { outlet, title, url, publishedOn, creditsInText, notes, body } = report;
    imported.push(await importReport({ actor: cliActor, input: { outlet, title, url, publishedOn, credits: creditsInText, notes, body } }));
  }
  return imported;
}

async function createReviewers(count: number, password: string) {
  const { cliActor } = await import('@/lib/actor');
  const { createUser } = await import('@/lib/users/create-user');
  const { issueApiToken } = await import('@/lib/api-tokens/issue-api-token');
  const reviewers = [];
  for (let index = 0; index < count; index += 1) {
    const user = await createUser({ actor: cliActor, input: { email: `reviewer-${index}@bench.test`, name: `Bench Reviewer ${index}`, role: 'reviewer', password } });
    const { token } = await issueApiToken({ actor: cliActor, input: { email: user.email, name: 'bench' } });
    const actor: UserActor = { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
    reviewers.push({ actor, token });
  }
  return reviewers;
}

/** `count` distinct (claim, reviewer) pairs, spread so that neighbouring pairs differ in both. */
function choosePairs<Claim, Reviewer>(claims: Claim[], reviewers: Reviewer[], count: number): [Claim, Reviewer][] {
  const pairs: [Claim, Reviewer][] = [];
  for (let round = 0; round < reviewers.length && pairs.length < count; round += 1) {
    claims.forEach((claim, index) => {
      const reviewer = reviewers[(index + round) % reviewers.length];
      if (reviewer && pairs.length < count) pairs.push([claim, reviewer]);
    });
  }
  if (pairs.length < count) throw new Error(`Only ${pairs.length} (claim, reviewer) pairs for ${count} connections: add reviewers`);
  return pairs;
}

export async function createBenchData({ pairCount, reviewerCount }: { pairCount: number; reviewerCount: number }): Promise<BenchData> {
  const { db } = await import('@/lib/db');
  const { saveVerdict } = await import('@/lib/review/save-verdict');
  const { loadIndependence } = await import('@/lib/stories/load-independence');
  const reports = await importShippedReports();
  const reviewerPassword = randomBytes(18).toString('base64url');
  const reviewers = await createReviewers(reviewerCount, reviewerPassword);

  const reportIds = reports.map((report) => report.id);
  const claims = await db.claim.findMany({
    where: { reportId: { in: reportIds }, isDefault: true },
    orderBy: [{ reportId: 'asc' }, { start: 'asc' }],
    select: { id: true, reportId: true, sentenceId: true },
  });
  // Each claim cites the first body sentence of the next report independent of its own (a
  // corroborated verdict needs a source independent of the claim's report; DW credits Reuters).
  const citedSentence = new Map<string, { id: string; reportId: string }>();
  for (const [index, reportId] of reportIds.entries()) {
    const following = [...reportIds.slice(index + 1), ...reportIds.slice(0, index)];
    const independence = await loadIndependence(db, reportId, following);
    const other = following.find((candidate) => independence.get(candidate)?.independent);
    if (!other) throw new Error(`No shipped report is independent of report ${reportId}: nothing can corroborate its claims`);
    const sentence = await db.sentence.findFirstOrThrow({ where: { reportId: other, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true, reportId: true } });
    citedSentence.set(reportId, sentence);
  }

  const pairs: VerdictPair[] = [];
  for (const [claim, reviewer] of choosePairs(claims, reviewers, pairCount)) {
    const pair: VerdictPair = {
      claimId: claim.id,
      reviewerId: reviewer.actor.id,
      reviewerEmail: reviewer.actor.email,
      token: reviewer.token,
      reportId: claim.reportId,
      sentenceId: claim.sentenceId,
      evidenceSentenceId: citedSentence.get(claim.reportId)?.id ?? '',
      evidenceReportId: citedSentence.get(claim.reportId)?.reportId ?? '',
      verdictId: '',
      version: 0,
    };
    const saved = await saveVerdict({ actor: reviewer.actor, input: { claimId: claim.id, ...verdictBody(pair, 'First reading', undefined) } });
    pairs.push({ ...pair, verdictId: saved.id, version: saved.version });
  }
  const largest = reports.reduce((most, report) => (report.sentences > most.sentences ? report : most));
  return { reports: reports.length, pairs, reviewerPassword, largestReportId: largest.id, largestReportSentences: largest.sentences };
}
