/** A labelled select whose first option, `emptyLabel`, stands for no choice. */
export function SelectField({
  id,
  name,
  label,
  emptyLabel,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  emptyLabel: string;
  defaultValue: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
