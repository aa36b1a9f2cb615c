// The version a suggested bump leads to. Apart from suggest-bump.ts so that the version helper, which
// comes with the page, loads it without the parser's vocabulary.
import { nextVersion, type NextVersion } from '../../releases/next-version.ts';
import type { ReleaseType } from '../../releases/release-run.ts';
import { parseVersion } from '../../releases/semver.ts';

/** The version after a bump, with the bump actually applied (pre-1.0, a major bump is applied as minor). */
export type AppliedBump =
  (NextVersion & { ok: false }) | { ok: true; version: string; bump: ReleaseType };

/**
 * The version after `previous` for a bump, through `nextVersion` (so pre-releases and `tag` work as on
 * the releases page). Before 1.0.0 a breaking change bumps the minor version (0.3.2 → 0.4.0), as
 * Cargo and npm's caret ranges read 0.x versions: leaving 0.x is a decision for the team, never a
 * side effect of one breaking commit. Features and fixes bump as usual.
 */
export function applyBump(previous: string, bump: ReleaseType, tag = ''): AppliedBump {
  const parsed = parseVersion(previous);
  const applied: ReleaseType = bump === 'major' && parsed?.major === 0 ? 'minor' : bump;
  const next = nextVersion(previous, applied, tag);
  return next.ok ? { ok: true, version: next.version, bump: applied } : next;
}
