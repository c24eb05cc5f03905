'use client';

import { useState } from 'react';
import { setUserRoleAction } from '@/actions/users';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';
import { ZRole, type TRole } from '@/lib/validations/user';
import { RoleSelect } from './role-select';

export function RoleForm({ userId, role }: { userId: string; role: TRole }) {
  const { call, error, isPending } = useActionCall();
  const [selected, setSelected] = useState<TRole>(role);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        call(() => setUserRoleAction({ userId, role: selected }));
      }}
    >
      <RoleSelect id="account-role" label="Role" value={selected} onChange={(event) => setSelected(ZRole.parse(event.target.value))} />
      <button type="submit" className="button" disabled={isPending || selected === role}>
        Save role
      </button>
      <ActionError message={error} />
    </form>
  );
}
