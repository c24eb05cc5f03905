'use client';

import { createContext, useContext } from 'react';

export type FactTarget = { id: string; number: number; preview: string };

const FactTargets = createContext<FactTarget[]>([]);

/** The facts of the page, given once for every row's correction panel to offer as the other fact. */
export function FactTargetsProvider({ targets, children }: { targets: FactTarget[]; children: React.ReactNode }) {
  return <FactTargets.Provider value={targets}>{children}</FactTargets.Provider>;
}

export function useFactTargets(): FactTarget[] {
  return useContext(FactTargets);
}
