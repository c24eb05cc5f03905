'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { changeSentenceKindAction } from '@/actions/reports';
import { sentenceKindLabels, sentenceKinds, type SentenceKind } from '@/lib/segmentation/sentence-kind';

export function SentenceKindSelect({ sentenceId, kind, label }: { sentenceId: string; kind: SentenceKind; label: string }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function onChange(next: string) {
    startTransition(async () => {
      const result = await changeSentenceKindAction({ sentenceId, kind: next });
      setError(result.ok ? null : result.message);
      router.refresh();
    });
  }

  return (
    <div>
      <select aria-label={label} value={kind} disabled={isPending} onChange={(event) => onChange(event.target.value)}>
        {sentenceKinds.map((option) => (
          <option key={option} value={option}>
            {sentenceKindLabels[option]}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
