/**
 * The largest request body anything accepts: report imports carry up to 5,000,000 characters of
 * HTML, or a 5 MB PDF in base64 (6.7 MB).
 */
export const maxRequestBytes = 7 * 1024 * 1024;
