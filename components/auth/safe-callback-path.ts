/** Only a path on this site may follow a sign-in, never another origin (open redirect). */
export function safeCallbackPath(callbackUrl: string | undefined): string {
  if (!callbackUrl || !callbackUrl.startsWith('/') || callbackUrl.startsWith('//') || callbackUrl.startsWith('/\\')) return '/';
  return callbackUrl;
}
