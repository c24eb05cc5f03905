/** The form field a failed action names, when the form has that field; else 'root' (the message above the form). */
export function formFieldOf<Field extends string>(field: string | undefined, fields: readonly Field[]): Field | 'root' {
  return fields.find((name) => name === field) ?? 'root';
}
