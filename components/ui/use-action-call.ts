'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

type Result = { ok: true } | { ok: false; message: string };

/** Runs a server action from a button: pending while it runs, its error message kept, the page refreshed after. */
export function useActionCall() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  function call(action: () => Promise<Result>) {
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  }
  return { call, error, isPending };
}
