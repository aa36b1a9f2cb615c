// The button that hands work over to GitHub (shown only when the site is built with REPO_URL). It comes
// with the page; what makes the links (the exporter, the form addresses) loads when it is pressed, so
// that a site with a repository stays as light as one without.
import { lazy, Suspense, useState, type ReactNode } from 'react';

/** "Open as GitHub issue", loaded when pressed. Marked pure so that a build without REPO_URL drops it. */
export const GitHubIssueLink = /*#__PURE__*/ lazy(() => import('./GitHubIssueLink.tsx'));

interface Props {
  /** "Create GitHub release", "Open as GitHub issue". */
  action: string;
  /** The links, usually a lazy component: rendered once the button is pressed. */
  children: ReactNode;
}

export function GitHubHandOff({ action, children }: Props) {
  const [wanted, setWanted] = useState(false);
  if (wanted)
    return (
      <Suspense
        fallback={
          <p className="github-links" role="status">
            Preparing the links to GitHub…
          </p>
        }
      >
        {children}
      </Suspense>
    );
  return (
    <div className="github-links">
      <button type="button" className="button" onClick={() => setWanted(true)}>
        {action}
      </button>
    </div>
  );
}
