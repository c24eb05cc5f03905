'use client';

import { useState, useTransition } from 'react';

type Result = { ok: true } | { ok: false; message: string };

/**
 * Runs a server action from a button: pending while it runs, its error message kept. The actions
 * called this way revalidate or refresh (lib/http/server-action.ts), so their response carries the
 * page re-rendered: refreshing the router after would render it a second time.
 */
export function useActionCall() {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  function call(action: () => Promise<Result>) {
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.message);
    });
  }
  return { call, error, isPending };
}
