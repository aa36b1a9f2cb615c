import { useId } from 'react';
import type { Role } from '../../../lib/roles/roles.ts';

interface Props {
  name: string;
  roleId: string;
  roles: readonly Role[];
  onNameChange: (name: string) => void;
  onRoleChange: (roleId: string) => void;
  /** The name takes the focus as its dialog opens (the modal's `data-autofocus`), so it can be typed at once. */
  focusOnOpen?: boolean;
}

/** Name and role, as "You are" asks them: in the identity bar and when a first tick asks who signs it. */
export function IdentityFields({
  name,
  roleId,
  roles,
  onNameChange,
  onRoleChange,
  focusOnOpen,
}: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={100}
        autoComplete="name"
        data-autofocus={focusOnOpen ? true : undefined}
        onChange={(event) => onNameChange(event.target.value)}
      />
      <label htmlFor={`${id}-role`}>Role</label>
      <select
        id={`${id}-role`}
        value={roleId}
        onChange={(event) => onRoleChange(event.target.value)}
      >
        <option value="">No role</option>
        {roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.name}
          </option>
        ))}
      </select>
    </>
  );
}
