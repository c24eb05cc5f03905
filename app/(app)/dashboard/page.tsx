import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LiveChanges } from '@/components/live/live-changes';
import { AgreementFigures } from '@/components/workflow/agreement-figures';
import { DashboardTable } from '@/components/workflow/dashboard-table';
import { getActor } from '@/lib/auth/get-actor';
import { canManageWorkflow } from '@/lib/permissions';
import { getDashboard } from '@/lib/workflow/get-dashboard';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const actor = await getActor();
  if (!actor || !canManageWorkflow(actor)) notFound();
  const { overall, reports } = await getDashboard({ actor });
  return (
    <>
      <h1>Dashboard</h1>
      <LiveChanges path="/api/v1/live" subject="a report" />
      <h2>Agreement over all reports</h2>
      <AgreementFigures
        alpha={overall.alpha}
        percentAgreement={overall.percentAgreement}
        pairableClaims={overall.pairableClaims}
        excludedVerdictCount={overall.excludedVerdictCount}
      />
      <DashboardTable reports={reports} />
    </>
  );
}
