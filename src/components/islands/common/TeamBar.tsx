import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { describePresent, type TeamPresence } from '../../../lib/team/presence.ts';
import { tokenProblem } from '../../../lib/team/team-membership.ts';
import { describeTeamStatus } from '../../../lib/team/team-status.ts';
import {
  $teamPresence,
  $teamRefusal,
  joinTeam,
  leaveTeam,
  setViewing,
} from '../../../stores/team.ts';
import { SignInOffer, SignOutOrLeave } from './SignIn.tsx';
import { useHydratedStore, useTeamMembership, useTeamStatus } from './use-hydrated-store.ts';

const NOBODY_ELSE: TeamPresence[] = [];

/**
 * Team mode's bar (team builds only): join with a token, or the status line, who else is here, and
 * leaving. `viewing` is the run or incident on screen (`run:<id>`), for the others' presence.
 */
export function TeamBar({ viewing }: { viewing?: string | undefined }) {
  const membership = useTeamMembership();
  const status = useTeamStatus();
  const present = useHydratedStore($teamPresence, NOBODY_ELSE);
  const refusal = useHydratedStore($teamRefusal, '');

  useEffect(() => setViewing(viewing), [viewing]);

  if (!membership.token) return <JoinTeam />;
  const here = viewing ? present.filter((other) => other.viewing === viewing) : present;
  return (
    <div className={`team-bar is-${status.kind}`}>
      <p className="team-status" role="status">
        {describeTeamStatus(status)}
      </p>
      {here.length > 0 && (
        <p className="team-presence">
          {viewing ? 'Also here: ' : 'Also online: '}
          {describePresent(
            here,
            status.kind === 'connected' ? status.identity : membership.identity,
          )}
        </p>
      )}
      {refusal && (
        <p className="team-refusal" role="alert">
          {refusal}
        </p>
      )}
      {import.meta.env.SYNC_OIDC_ISSUER ? (
        <SignOutOrLeave leave={leaveTeam} />
      ) : (
        <button type="button" className="button button-small" onClick={leaveTeam}>
          Leave the team
        </button>
      )}
    </div>
  );
}

function JoinTeam() {
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState('');
  const tokenId = useId();

  function join(event: SubmitEvent) {
    event.preventDefault();
    const found = tokenProblem(token);
    setProblem(found ?? '');
    if (!found) joinTeam(token);
  }

  // With an issuer, the bar offers to sign in first.
  if (import.meta.env.SYNC_OIDC_ISSUER && !open)
    return <SignInOffer onJoin={() => setOpen(true)} />;
  if (!open) {
    return (
      <div className="team-bar is-off">
        <span>Work on these runs and incidents live with your team.</span>
        <button type="button" className="button button-small" onClick={() => setOpen(true)}>
          Join your team
        </button>
      </div>
    );
  }
  return (
    <form className="team-bar team-join" onSubmit={join} aria-label="Join your team">
      <label htmlFor={tokenId}>Team token</label>
      <input
        id={tokenId}
        type="password"
        autoComplete="off"
        value={token}
        maxLength={500}
        aria-describedby={problem ? `${tokenId}-problem` : undefined}
        onChange={(event) => setToken(event.target.value)}
      />
      <button type="submit" className="button button-small">
        Join your team
      </button>
      <button type="button" className="button button-small" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {problem && (
        <p id={`${tokenId}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
