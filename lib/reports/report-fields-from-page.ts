import { AppError } from '@/lib/errors';
import type { ArticleMetadata } from '@/lib/import/extract-article';
import type { TImportReport } from '@/lib/validations/report';

type GivenFields = Pick<TImportReport, 'outlet' | 'title' | 'url' | 'publishedOn' | 'credits'>;

// The page's own values fit the same limits as typed ones (ZImportReport): a page may say more.
const within = (value: string | null, max: number) => (value === null ? null : value.slice(0, max).trim() || null);

/** The report's fields: what the editor gave, and for the rest what the page says about itself. */
export function reportFieldsFromPage(given: GivenFields, page: ArticleMetadata | null, fallbackOutlet?: string) {
  const outlet = given.outlet ?? within(page?.outlet ?? null, 200) ?? fallbackOutlet ?? null;
  if (outlet === null) throw new AppError('invalid', 'Outlet is required (the page does not name its site)', 'outlet');
  return {
    outlet,
    title: given.title ?? within(page?.title ?? null, 500),
    url: given.url ?? (page?.canonicalUrl && page.canonicalUrl.length <= 2_000 ? page.canonicalUrl : null),
    publishedOn: given.publishedOn ?? page?.publishedOn ?? null,
    creditsInText: given.credits.length > 0 ? given.credits : (page?.credits ?? []).slice(0, 20).map((credit) => credit.slice(0, 100)),
  };
}
