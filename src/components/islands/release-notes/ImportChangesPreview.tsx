// The part of "Import changes" that reads the pasted text: loaded with the parser the first time the
// dialog opens. It shows what the notes will get, grouped, and what was left out and why, before
// anything changes.
import type { PhrasingContent } from 'mdast';
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import {
  applyImport,
  type AppliedImport,
} from '../../../lib/release-notes/changes/apply-import.ts';
import {
  breakingEntries,
  KEEPABLE_REASONS,
  notableChangeLines,
  parseChanges,
  suggestBump,
  textWithRefLinks,
  type ChangeFormat,
  type ChangeGroup,
  type FieldUpdateMode,
  type LeftOutReason,
} from '../../../lib/release-notes/changes/index.ts';
import { hasContent } from '../../../lib/release-notes/field-values.ts';
import type { ImportTargets } from '../../../lib/release-notes/import-targets.ts';
import type { ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import { REPO_URL } from '../common/repository-address.ts';

const FORMAT_NAMES: Record<ChangeFormat, string> = {
  'git-oneline': 'git log --oneline',
  'git-log': 'a full git log',
  'github-release-notes': 'GitHub’s generated release notes',
  changesets: 'changeset files',
  'title-list': 'a list of titles',
  empty: 'nothing yet',
};

const REASONS: Record<LeftOutReason, [one: string, many: string]> = {
  merge: ['merge commit', 'merge commits'],
  'revert-of-revert': ['revert of a revert', 'reverts of reverts'],
  release: ['release commit', 'release commits'],
  dependencies: ['dependency update', 'dependency updates'],
  reverted: ['change reverted in the same paste', 'changes and reverts that cancel out'],
  empty: ['subject with no words', 'subjects with no words'],
};

const BUMP_REASONS = {
  major: 'a breaking change',
  minor: 'a new feature',
  patch: 'fixes only',
} as const;

const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * A line as text, its "#123" as links when the site knows its repository (http(s) addresses only,
 * checked by `textWithRefLinks`). Not the notes' MarkdownPreview: that one comes with the page.
 */
function phrasing(node: PhrasingContent, key: number): ReactNode {
  if (node.type === 'text') return node.value;
  if (node.type === 'link')
    return (
      <a key={key} href={node.url}>
        {node.children.map(phrasing)}
      </a>
    );
  return null;
}

/** The group's lines, each scope emphasised in parentheses as the notes will show it. */
function GroupList({ group }: { group: ChangeGroup }) {
  const lines = notableChangeLines({ groups: [group] }, { groupLabels: false, scopes: 'drop' });
  return (
    <ul>
      {lines.map((line, index) => (
        <li key={index} dir="auto">
          {group.entries[index]?.scope && <em>{`(${group.entries[index].scope}) `}</em>}
          {textWithRefLinks(line, REPO_URL).map(phrasing)}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  pasted: string;
  targets: ImportTargets;
  draft: ReleaseNotesDraft;
  onApply: (applied: AppliedImport) => void;
  onCancel: () => void;
}

export default function ImportChangesPreview({ pasted, targets, draft, onApply, onCancel }: Props) {
  const [keep, setKeep] = useState(false);
  const [mode, setMode] = useState<FieldUpdateMode>('append');
  const id = useId();
  const text = useDeferredValue(pasted);
  const changes = useMemo(
    () => parseChanges(text, { keep: keep ? KEEPABLE_REASONS : [] }),
    [text, keep],
  );
  const leftOut = Object.entries(changes.leftOutCounts) as [LeftOutReason, number][];
  const leftOutTotal = leftOut.reduce((sum, [, n]) => sum + n, 0);
  const keepable = leftOut.some(([reason]) =>
    (KEEPABLE_REASONS as readonly string[]).includes(reason),
  );
  const breaking = breakingEntries(changes).length;
  const bump = suggestBump(changes);
  const hasChanges = hasContent('list', draft[targets.changes.id]);

  return (
    <>
      <p className="import-format" role="status">
        {changes.format === 'empty'
          ? 'Paste the changes above.'
          : `Read as ${FORMAT_NAMES[changes.format]}.`}
        {leftOutTotal > 0 &&
          ` ${count(leftOutTotal, ['change', 'changes'])} left out: ${leftOut.map(([reason, n]) => count(n, REASONS[reason])).join(', ')}.`}
      </p>
      {(keepable || keep) && (
        <label className="choice">
          <input
            type="checkbox"
            checked={keep}
            onChange={(event) => setKeep(event.target.checked)}
          />
          Keep what is left out
        </label>
      )}
      {changes.leftOut.length > 0 && (
        <details className="import-left-out">
          <summary>{`Left out (${changes.leftOut.length})`}</summary>
          <ul>
            {changes.leftOut.map((change) => (
              <li key={change.line} dir="auto">
                {`${change.subject} (${REASONS[change.reason][0]})`}
              </li>
            ))}
          </ul>
        </details>
      )}
      <section
        className="import-preview"
        aria-labelledby={`${id}-preview`}
        // A long preview scrolls on its own: focusable, so that it scrolls from the keyboard in
        // browsers that do not make a scroll container focusable by themselves (the rule's own
        // advice for a scroll container; a named region, as axe asks of one).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <h3 id={`${id}-preview`} className="visually-hidden">
          Changes to import
        </h3>
        {changes.groups.map((group) => (
          <div key={group.id} className="import-group" data-group={group.id}>
            <h4>{`${group.title} (${group.entries.length})`}</h4>
            <GroupList group={group} />
          </div>
        ))}
      </section>
      {breaking > 0 && (
        <p>
          {count(breaking, ['breaking change', 'breaking changes'])}:{' '}
          {targets.migration
            ? `each becomes a “To complete:” entry under ${targets.migration.title}.`
            : `marked “(breaking)” in ${targets.changes.title}.`}
        </p>
      )}
      {bump && <p>{`Suggested release: ${bump} (${BUMP_REASONS[bump]}).`}</p>}
      {hasChanges && (
        <fieldset className="import-mode">
          <legend>{targets.changes.title} already has entries</legend>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'append'}
              onChange={() => setMode('append')}
            />
            Add after them
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            Replace them
          </label>
        </fieldset>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={changes.groups.length === 0 || text !== pasted}
          onClick={() =>
            onApply(applyImport(draft, targets, changes, hasChanges ? mode : 'append'))
          }
        >
          Add to the notes
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
