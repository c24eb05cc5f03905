import type { SelectHTMLAttributes } from 'react';
import { roles } from '@/lib/validations/user';

const roleDescriptions: Record<(typeof roles)[number], string> = {
  admin: 'admin: accounts',
  editor: 'editor: assign, adjudicate, approve',
  reviewer: 'reviewer: verdicts',
};

type RoleSelectProps = SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string };

export function RoleSelect({ id, label, error, ...select }: RoleSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={Boolean(error)} {...select}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleDescriptions[role]}
          </option>
        ))}
      </select>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
