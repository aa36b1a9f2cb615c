import { useState, type ReactElement, type SubmitEvent } from 'react';
import { NOBODY, signatureOf } from '../../../lib/identity/identity.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { $identity, saveIdentity } from '../../../stores/identity.ts';
import { IdentityFields } from './IdentityFields.tsx';
import { TeamBar } from './TeamBar.tsx';
import { useHydratedStore, useTeamMembership } from './use-hydrated-store.ts';

/**
 * "You are: Dana (QA Lead)". Saved as it is typed, so that a tick made before pressing Done is
 * signed with it; kept, changeable. In team mode the team's server says who you are instead;
 * `viewing` (`run:<id>`) tells the team what is on screen.
 */
export function IdentityBar({ roles, viewing }: { roles: Role[]; viewing?: string | undefined }) {
  const identity = useHydratedStore($identity, NOBODY);
  const teamToken = useTeamMembership().token;
  // The form stays open while it is being filled in (each change is saved: there is nothing to cancel).
  const [filling, setFilling] = useState(false);
  const [name, setName] = useState(identity.name);
  const [roleId, setRoleId] = useState(identity.roleId ?? '');
  const [shown, setShown] = useState(identity);
  const signature = signatureOf(identity, roles);

  // Changed elsewhere (another tab, a tick's question): shown here, unless it is what is being typed.
  // Adjusted while rendering, as React advises for state that follows a changed value.
  if (identity !== shown) {
    setShown(identity);
    if (identity.name !== name.trim().slice(0, 100)) setName(identity.name);
    if ((identity.roleId ?? '') !== roleId) setRoleId(identity.roleId ?? '');
  }

  function edit(nextName: string, nextRoleId: string) {
    setName(nextName);
    setRoleId(nextRoleId);
    setFilling(true);
    saveIdentity(nextName, nextRoleId);
  }

  function close(event: SubmitEvent) {
    event.preventDefault();
    setFilling(false);
  }

  if (import.meta.env.SYNC_URL && teamToken) return <TeamBar viewing={viewing} />;
  // A team build offers to join above the bar; a local-only build renders the bar alone.
  const withJoin = (bar: ReactElement) =>
    import.meta.env.SYNC_URL ? (
      <>
        <TeamBar viewing={viewing} />
        {bar}
      </>
    ) : (
      bar
    );

  if (signature && !filling) {
    return withJoin(
      <div className="identity-bar">
        <span>
          You are <strong>{signature}</strong>
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={() => setFilling(true)}
          aria-label="Change who you are"
        >
          Change
        </button>
      </div>,
    );
  }

  return withJoin(
    <form className="identity-bar identity-form" onSubmit={close} aria-label="Who you are">
      <span className="identity-prompt">
        Who are you? Your ticks and sign-offs are signed with it, saved as you type.
      </span>
      <IdentityFields
        name={name}
        roleId={roleId}
        roles={roles}
        onNameChange={(value) => edit(value, roleId)}
        onRoleChange={(value) => edit(name, value)}
      />
      <button type="submit" className="button button-small">
        Save
      </button>
    </form>,
  );
}
