import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { NOBODY, signatureOf } from '../../../lib/identity/identity.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { $identity, saveIdentity } from '../../../stores/identity.ts';
import { useHydratedStore } from './use-hydrated-store.ts';


/** "You are: Dana (QA Lead)". Asked once (ticks are signed with it), kept, changeable. */
export function IdentityBar({ roles }: { roles: Role[] }) {
  const identity = useHydratedStore($identity, NOBODY);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(identity.name);
  const [roleId, setRoleId] = useState(identity.roleId ?? '');
  const nameId = useId();
  const roleSelectId = useId();
  const signature = signatureOf(identity, roles);

  useEffect(() => {
    setName(identity.name);
    setRoleId(identity.roleId ?? '');
  }, [identity]);

  function save(event: SubmitEvent) {
    event.preventDefault();
    saveIdentity(name, roleId);
    setEditing(false);
  }

  if (signature && !editing) {
    return (
      <div className="identity-bar">
        <span>
          You are <strong>{signature}</strong>
        </span>
        <button type="button" className="button button-small" onClick={() => setEditing(true)} aria-label="Change who you are">
          Change
        </button>
      </div>
    );
  }

  return (
    <form className="identity-bar identity-form" onSubmit={save} aria-label="Who you are">
      <span className="identity-prompt">Who are you? Your ticks and sign-offs are signed with it.</span>
      <label htmlFor={nameId}>Name</label>
      <input id={nameId} value={name} maxLength={100} autoComplete="name" onChange={(event) => setName(event.target.value)} />
      <label htmlFor={roleSelectId}>Role</label>
      <select id={roleSelectId} value={roleId} onChange={(event) => setRoleId(event.target.value)}>
        <option value="">No role</option>
        {roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-small">
        Save
      </button>
      {editing && (
        <button type="button" className="button button-small" onClick={() => setEditing(false)}>
          Cancel
        </button>
      )}
    </form>
  );
}
