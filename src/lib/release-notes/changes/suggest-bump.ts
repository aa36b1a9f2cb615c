// The notes already know what changed; they can say which version comes next, through the same
// version rules the releases page uses, instead of leaving the writer to work it out.
import type { ReleaseType } from '../../releases/release-run.ts';
import { allEntries, type GroupId, type ParsedChanges } from './change-groups.ts';

/**
 * Groups that mean something changed for users (a revert takes back something released); documentation,
 * refactoring, styling, testing, build and miscellaneous changes alone do not.
 */
const PATCH_GROUPS: ReadonlySet<GroupId> = new Set(['fixes', 'performance', 'revert', 'other']);

/**
 * The release the changes call for: any breaking change → major; else any feature → minor; else any
 * fix, performance change, revert or other change → patch. Only documentation, refactoring or upkeep
 * (or nothing) → undefined: nothing calls for a release, the team decides.
 */
export function suggestBump(changes: Pick<ParsedChanges, 'groups'>): ReleaseType | undefined {
  const entries = allEntries(changes);
  if (entries.some((entry) => entry.breaking)) return 'major';
  if (entries.some((entry) => entry.group === 'features')) return 'minor';
  if (entries.some((entry) => PATCH_GROUPS.has(entry.group))) return 'patch';
  return undefined;
}
