import { useEffect, useId, useState, type ReactElement, type SubmitEvent } from 'react';
import { NOBODY, signatureOf } from '../../../lib/identity/identity.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { $identity, saveIdentity } from '../../../stores/identity.ts';
import type { TeamMembership } from '../../../lib/team-sync/team-membership.ts';
import { $teamMembership } from '../../../stores/team.ts';
import { TeamBar } from './TeamBar.tsx';
import { useHydratedStore } from './use-hydrated-store.ts';

const NOT_IN_A_TEAM: TeamMembership = { runs: [], incidents: [] };

/**
 * "You are: Dana (QA Lead)". Asked once (ticks are signed with it), kept, changeable. In team mode
 * the team's server says who you are instead; `viewing` (`run:<id>`) tells the team what is on screen.
 */
export function IdentityBar({ roles, viewing }: { roles: Role[]; viewing?: string | undefined }) {
  const identity = useHydratedStore($identity, NOBODY);
  // A build-time constant: the same hooks run on every render of a given build.
  const teamToken = import.meta.env.SYNC_URL ? useHydratedStore($teamMembership, NOT_IN_A_TEAM).token : undefined;
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

  if (signature && !editing) {
    return withJoin(
      <div className="identity-bar">
        <span>
          You are <strong>{signature}</strong>
        </span>
        <button type="button" className="button button-small" onClick={() => setEditing(true)} aria-label="Change who you are">
          Change
        </button>
      </div>,
    );
  }

  return withJoin(
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
    </form>,
  );
}
