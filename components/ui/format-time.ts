const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A moment as the pages show it, in UTC so server and browser agree. */
export function formatTime(time: Date): string {
  return `${timeFormat.format(time)} UTC`;
}
