import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { getActor } from '@/lib/auth/get-actor';
import { canBrowseAudit, canExportVerdicts, canManageUsers, canManageWorkflow } from '@/lib/permissions';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return (
    <>
      <header className="topbar">
        <Link className="brand" href="/">
          Fact-check review
        </Link>
        {canManageWorkflow(actor) && <Link href="/dashboard">Dashboard</Link>}
        {canExportVerdicts(actor) && <Link href="/export">Export</Link>}
        {canBrowseAudit(actor) && <Link href="/audit">Audit</Link>}
        <Link href="/stories">Stories</Link>
        <Link href="/compare">Side by side</Link>
        {canManageUsers(actor) && <Link href="/admin/users">Accounts</Link>}
        <Link href="/account">My account</Link>
        <span className="who">
          {actor.name} · {actor.role}
        </span>
        <SignOutButton />
      </header>
      <main className="page">{children}</main>
    </>
  );
}
