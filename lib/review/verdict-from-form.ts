/**
 * The verdict form's fields as saveVerdict takes them, from a browser's own form submission (no
 * JavaScript): the label and note as typed, the evidence the page rendered with the form (kept as
 * it was), and the version the form was based on.
 */
export function verdictFromForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const version = text('version');
  let evidence: unknown = [];
  try {
    evidence = JSON.parse(text('evidence') ?? '[]');
  } catch {
    evidence = 'not JSON';
  }
  return {
    claimId: text('claimId'),
    label: text('label'),
    note: text('note') ?? '',
    evidence,
    ...(version ? { version: Number(version) } : {}),
  };
}
