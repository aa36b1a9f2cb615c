import { useState } from 'react';
import { $signInProblem, $signedIn } from '../../../stores/team.ts';
import { useHydratedStore, useMounted } from './use-hydrated-store.ts';

/*
 * The team bar's sign-in with the identity provider, in builds with SYNC_OIDC_ISSUER only. The
 * sign-in code (oauth4webapi) loads on "Sign in" or "Sign out", never with the page.
 */
const signInCode = () => import('../../../team/sign-in.ts');

/** The bar before joining: sign in with the provider, or join with a token (`onJoin` opens that form). */
export function SignInOffer({ onJoin }: { onJoin: () => void }) {
  const problem = useHydratedStore($signInProblem, '');
  const [leaving, setLeaving] = useState(false);
  // The bar is in the page's HTML: a click before the page runs would do nothing, so wait for it.
  const mounted = useMounted();

  function signIn() {
    setLeaving(true);
    void signInCode()
      .then(({ startSignIn }) => startSignIn())
      .finally(() => setLeaving(false));
  }

  return (
    <div className="team-bar is-off">
      <span>Work on these runs and incidents live with your team.</span>
      <button
        type="button"
        className="button button-small"
        onClick={signIn}
        disabled={leaving || !mounted}
      >
        Sign in with {import.meta.env.SYNC_OIDC_NAME}
      </button>
      <button type="button" className="button button-small" onClick={onJoin}>
        Join with a token
      </button>
      {problem && (
        <p className="team-refusal" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** "Sign out" for someone signed in with the provider; "Leave the team" for a team token. */
export function SignOutOrLeave({ leave }: { leave: () => void }) {
  const signedIn = useHydratedStore($signedIn, false);
  if (!signedIn) {
    return (
      <button type="button" className="button button-small" onClick={leave}>
        Leave the team
      </button>
    );
  }
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => void signInCode().then(({ signOut }) => signOut())}
    >
      Sign out
    </button>
  );
}
