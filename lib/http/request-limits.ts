/** The largest request body anything accepts: report imports carry up to 5,000,000 characters of HTML. */
export const maxRequestBytes = 6 * 1024 * 1024;
