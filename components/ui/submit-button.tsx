/** A form's submit button, disabled and saying what it is doing while the form is sent. */
export function SubmitButton({ label, pendingLabel, isPending }: { label: string; pendingLabel: string; isPending: boolean }) {
  return (
    <button className="button" type="submit" disabled={isPending}>
      {isPending ? pendingLabel : label}
    </button>
  );
}
