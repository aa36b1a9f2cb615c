import { lazy, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import {
  checklistProgress,
  describeProgress,
  effectiveState,
  markNotApplicable,
  setNote,
  tick,
  untick,
  type ChecklistState,
  type Checklists,
  type ItemState,
} from '../../../lib/checklist/checklist-state.ts';
import type { Identity } from '../../../lib/identity/identity.ts';
import { markdownFileName } from '../../../lib/markdown/markdown-file-name.ts';
import { currentRun, type Releases } from '../../../lib/releases/release-run.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { formatLocalTime, formatUtc } from '../../../lib/time/format-time.ts';
import { $checklists, replaceChecklist, updateItem } from '../../../stores/checklists.ts';
import { $identity } from '../../../stores/identity.ts';
import { $releases, ensureCurrentRunSaved } from '../../../stores/releases.ts';
import { signerName } from '../../../stores/team.ts';
import { CurrentRunBar } from '../shared/CurrentRunBar.tsx';
import { ExportButtons } from '../shared/ExportButtons.tsx';
import { IdentityBar } from '../shared/IdentityBar.tsx';
import { ItemHistory } from '../shared/ItemHistory.tsx';
import { Modal } from '../shared/Modal.tsx';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { UndoBar } from '../shared/UndoBar.tsx';
import { useFocusAfterRender } from '../shared/use-focus-after-render.ts';
import { useHydratedStore, useMounted } from '../shared/use-hydrated-store.ts';

// Dialog forms load when first opened, keeping the page's first-visit JavaScript small.
const ItemTextForm = lazy(() => import('../shared/ItemTextForm.tsx'));

export interface ChecklistDefinitionProps {
  id: string;
  title: string;
  ownerLine?: string | undefined;
  items: ChecklistItem[];
}

export interface RequiredChecklistProps extends ChecklistDefinitionProps {
  href: string;
}

interface Props {
  checklist: ChecklistDefinitionProps;
  roles: Role[];
  requires?: RequiredChecklistProps | undefined;
}

const NO_RUNS: Releases = { runs: [] };
const NO_STATES: Checklists = {};
const NOBODY: Identity = { name: '' };

type DialogState = { kind: 'na' | 'note' | 'reset'; item?: ChecklistItem } | undefined;

export function ChecklistIsland({ checklist, roles, requires }: Props) {
  const releases = useHydratedStore($releases, NO_RUNS);
  const allStates = useHydratedStore($checklists, NO_STATES);
  const identity = useHydratedStore($identity, NOBODY);
  const mounted = useMounted();
  const [onlyMine, setOnlyMine] = useState(false);
  const [dialog, setDialog] = useState<DialogState>();
  const [undo, setUndo] = useState<{ message: string; state: ChecklistState; runId: string } | undefined>();
  const baseId = useId();
  // After a reset focus goes to Undo; after undoing, back to Reset checklist.
  const focusAfterRender = useFocusAfterRender();
  const resetButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  const run = currentRun(releases);
  const states = allStates[run.id]?.[checklist.id] ?? {};
  const progress = checklistProgress(checklist.items, states, run);
  const myRole = roles.find((role) => role.id === identity.roleId);
  const roleName = useMemo(() => new Map(roles.map((role) => [role.id, role.name])), [roles]);

  function change(item: ChecklistItem, transition: (state: ItemState | undefined) => ItemState) {
    const saved = ensureCurrentRunSaved();
    updateItem(saved.id, checklist.id, item.id, transition);
    setUndo(undefined);
  }
  const signature = () => ({ at: new Date().toISOString(), by: signerName(identity, roles) });

  function toggle(item: ChecklistItem, checked: boolean) {
    change(item, (state) => (checked ? tick(state, signature()) : untick(state, signature())));
  }

  function reset() {
    setUndo({ message: `The ${checklist.title.toLowerCase()} was reset.`, state: states, runId: run.id });
    replaceChecklist(run.id, checklist.id, {});
    setDialog(undefined);
    focusAfterRender(undoButton);
  }

  const requiredProgress = requires && checklistProgress(requires.items, allStates[run.id]?.[requires.id], run);

  return (
    <section className="checklist" aria-label={checklist.title} data-checklist={checklist.id}>
      <div className="checklist-tools needs-js" data-pagefind-ignore>
        <StorageNotices />
        <CurrentRunBar />
        <IdentityBar roles={roles} viewing={import.meta.env.SYNC_URL ? `run:${run.id}` : undefined} />
        {requires && requiredProgress && (
          <p className={`requires ${requiredProgress.complete ? 'requires-complete' : 'requires-open'}`}>
            <a href={requires.href}>{requires.title}</a>:{' '}
            {requiredProgress.complete
              ? `complete (${describeProgress(requiredProgress)}).`
              : `not complete yet: ${describeProgress(requiredProgress)}, ${requiredProgress.open} open.`}
          </p>
        )}
      </div>

      {checklist.ownerLine && (
        <p className="owner-line">
          <em>{checklist.ownerLine}</em>
        </p>
      )}

      <div className="checklist-progress needs-js" data-pagefind-ignore>
        <p id={`${baseId}-progress`} aria-live="polite">
          {describeProgress(progress)}
        </p>
        <progress max={progress.total} value={progress.done + progress.na} aria-labelledby={`${baseId}-progress`} />
        <label className="choice">
          <input
            type="checkbox"
            checked={onlyMine && myRole !== undefined}
            disabled={!myRole}
            onChange={(event) => setOnlyMine(event.target.checked)}
            aria-describedby={myRole ? undefined : `${baseId}-mine-hint`}
          />
          Show only my items{myRole ? ` (${myRole.name})` : ''}
        </label>
        {!myRole && (
          <span id={`${baseId}-mine-hint`} className="field-hint">
            Choose your role above to filter.
          </span>
        )}
      </div>

      <ul className="checklist-items">
        {checklist.items.map((item) => {
          const state = effectiveState(item, states[item.id], run);
          const hidden = onlyMine && myRole !== undefined && !item.owners.includes(myRole.id);
          const checkboxId = `${baseId}-${item.id}`;
          const metaId = `${checkboxId}-meta`;
          return (
            <li key={item.id} className={`checklist-item is-${state.status}`} hidden={hidden} data-item={item.id}>
              <input
                type="checkbox"
                id={checkboxId}
                checked={state.status === 'done'}
                disabled={!mounted}
                aria-describedby={state.at || state.status === 'na' || state.note ? metaId : undefined}
                onChange={(event) => toggle(item, event.target.checked)}
              />
              <div className="item-body">
                <label htmlFor={checkboxId} className="item-text">
                  {item.text}
                </label>
                <span className="item-owners">
                  {item.owners.map((owner) => (
                    <span key={owner} className="owner-badge">
                      {roleName.get(owner) ?? owner}
                    </span>
                  ))}
                </span>
                <ItemMeta id={metaId} state={state} />
                {import.meta.env.SYNC_URL && <ItemHistory documentName={`run:${run.id}`} list={checklist.id} item={item.id} />}
              </div>
              <div className="item-actions needs-js" data-pagefind-ignore>
                {state.status === 'na' && !state.automatic ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={!mounted}
                    onClick={() => change(item, (s) => untick(s, signature()))}
                    aria-label={`Undo N/A: ${item.text}`}
                  >
                    Undo N/A
                  </button>
                ) : (
                  state.status === 'open' && (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={!mounted}
                      onClick={() => setDialog({ kind: 'na', item })}
                      aria-label={`Mark N/A: ${item.text}`}
                    >
                      Mark N/A
                    </button>
                  )
                )}
                <button
                  type="button"
                  className="button button-small"
                  disabled={!mounted}
                  onClick={() => setDialog({ kind: 'note', item })}
                  aria-label={`${state.note ? 'Edit note' : 'Add note'}: ${item.text}`}
                >
                  {state.note ? 'Edit note' : 'Add note'}
                </button>
              </div>
            </li>
          );
        })}
      </ul>

      <div className="checklist-footer needs-js" data-pagefind-ignore>
        <ExportButtons
          label={checklist.title.toLowerCase()}
          fileName={markdownFileName(checklist.title, run.version)}
          getMarkdown={async () => {
            // The Markdown serialiser loads on first export, not with the page.
            const { exportChecklistMarkdown } = await import('../../../lib/checklist/checklist-markdown.ts');
            return exportChecklistMarkdown({ title: checklist.title, items: checklist.items, states }, run, new Date());
          }}
        />
        <button ref={resetButton} type="button" className="button button-danger" disabled={!mounted} onClick={() => setDialog({ kind: 'reset' })}>
          Reset checklist
        </button>
        <UndoBar
          message={undo?.message}
          onUndo={() => {
            if (undo) replaceChecklist(undo.runId, checklist.id, undo.state);
            setUndo(undefined);
            focusAfterRender(resetButton);
          }}
          undoButton={undoButton}
        />
      </div>

      <Modal title="Mark as not applicable" open={dialog?.kind === 'na'} onClose={() => setDialog(undefined)}>
        {dialog?.item && (
          <ItemTextForm
            item={dialog.item}
            label="Why does this item not apply?"
            initial=""
            required
            maxLength={2000}
            multiline={false}
            submitLabel="Mark N/A"
            onCancel={() => setDialog(undefined)}
            onSubmit={(reason) => {
              change(dialog.item!, (state) => markNotApplicable(state, reason, signature()));
              setDialog(undefined);
            }}
          />
        )}
      </Modal>
      <Modal title="Note" open={dialog?.kind === 'note'} onClose={() => setDialog(undefined)}>
        {dialog?.item && (
          <ItemTextForm
            item={dialog.item}
            label="Note for this item"
            initial={states[dialog.item.id]?.note ?? ''}
            required={false}
            maxLength={5000}
            multiline
            submitLabel="Save note"
            onCancel={() => setDialog(undefined)}
            onSubmit={(note) => {
              change(dialog.item!, (state) => setNote(state, note));
              setDialog(undefined);
            }}
          />
        )}
      </Modal>
      <Modal title="Reset checklist?" open={dialog?.kind === 'reset'} onClose={() => setDialog(undefined)}>
        <p>
          Every item of the {checklist.title.toLowerCase()} for {run.version} goes back to open, and notes are cleared. You can
          undo this right after.
        </p>
        <div className="form-actions">
          <button type="button" className="button button-danger" onClick={reset}>
            Reset
          </button>
          <button type="button" className="button" onClick={() => setDialog(undefined)}>
            Cancel
          </button>
        </div>
      </Modal>
    </section>
  );
}

function ItemMeta({ id, state }: { id: string; state: ItemState & { automatic?: true } }) {
  const [now, setNow] = useState<Date | undefined>();
  useEffect(() => setNow(new Date()), []);
  const when = state.at && now && (
    <time dateTime={state.at} title={formatUtc(state.at)}>
      {formatLocalTime(state.at, now)}
    </time>
  );
  const by = state.by ? ` by ${state.by}` : '';
  let summary = null;
  if (state.status === 'done')
    summary = (
      <>
        Done {when}
        {by}
      </>
    );
  else if (state.status === 'na')
    summary = (
      <>
        N/A: {state.reason}
        {state.automatic ? '' : by}
      </>
    );
  else if (state.at)
    summary = (
      <>
        Reopened {when}
        {by}
      </>
    );
  if (!summary && !state.note) return null;
  return (
    <p id={id} className="item-meta">
      {summary}
      {state.note && (
        <span className="item-note">
          {summary ? ' · ' : ''}Note: {state.note}
        </span>
      )}
    </p>
  );
}
