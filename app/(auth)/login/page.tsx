import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { getActor } from '@/lib/auth/get-actor';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getActor()) redirect('/');
  const { callbackUrl } = await searchParams;
  return (
    <main className="card auth-card">
      <h1>Sign in</h1>
      <LoginForm callbackUrl={callbackUrl} />
    </main>
  );
}
