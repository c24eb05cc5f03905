/** Whether a stored address may become a link: http or https only, never javascript: or data:. */
export function isWebAddress(value: string | null): value is string {
  return value !== null && /^https?:\/\//i.test(value);
}
