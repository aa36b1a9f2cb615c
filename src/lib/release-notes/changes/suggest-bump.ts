// The notes already know what changed; they can say which version comes next, through the same
// version rules the releases page uses, instead of leaving the writer to work it out.
import { nextVersion, type NextVersion } from '../../releases/next-version.ts';
import type { ReleaseType } from '../../releases/release-run.ts';
import { parseVersion } from '../../releases/semver.ts';
import { allEntries, type GroupId, type ParsedChanges } from './change-groups.ts';

/** Groups that mean something changed for users; documentation, refactoring and maintenance alone do not. */
const PATCH_GROUPS: ReadonlySet<GroupId> = new Set(['fixes', 'performance', 'other']);

/**
 * The release the changes call for: any breaking change → major; else any feature → minor; else any
 * fix, performance change or other change → patch. Only documentation, refactoring or maintenance (or
 * nothing) → undefined: nothing calls for a release, the team decides.
 */
export function suggestBump(changes: Pick<ParsedChanges, 'groups'>): ReleaseType | undefined {
  const entries = allEntries(changes);
  if (entries.some((entry) => entry.breaking)) return 'major';
  if (entries.some((entry) => entry.group === 'features')) return 'minor';
  if (entries.some((entry) => PATCH_GROUPS.has(entry.group))) return 'patch';
  return undefined;
}

/** The version after a bump, with the bump actually applied (pre-1.0, a major bump is applied as minor). */
export type AppliedBump = (NextVersion & { ok: false }) | { ok: true; version: string; bump: ReleaseType };

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
