type Excluded = { claimId: string; reviewerId: string; reviewerName: string; sentenceIndex: number; sentenceNumber: number | null };

/** Which verdicts agreement leaves out: changed after their reviewer saw the others' verdicts, so not blind. */
export function ExcludedVerdicts({ verdicts }: { verdicts: Excluded[] }) {
  if (verdicts.length === 0) return null;
  return (
    <div className="meta">
      <p id="excluded-heading">Not counted in agreement, changed after the reviewer saw the others’ verdicts:</p>
      <ul aria-labelledby="excluded-heading">
        {verdicts.map((verdict) => (
          <li key={`${verdict.claimId}/${verdict.reviewerId}`}>
            {verdict.reviewerName} on {verdict.sentenceNumber === null ? `line ${verdict.sentenceIndex + 1}` : `sentence ${verdict.sentenceNumber}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
