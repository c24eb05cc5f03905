import type { ReactNode } from 'react';
import { isWebAddress } from '@/lib/format/is-web-address';

/**
 * A link to an outside page, opened in a new tab without giving it our page. Addresses that are
 * not http(s), such as javascript: or data:, stay text: stored data may predate validation or
 * arrive through a restore.
 */
export function ExternalLink({ href, children }: { href: string | null; children: ReactNode }) {
  if (!isWebAddress(href)) return <span>{children}</span>;
  return (
    <a href={href} rel="noreferrer noopener" target="_blank">
      {children}
    </a>
  );
}
