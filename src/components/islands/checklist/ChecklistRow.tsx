import type { ReactNode } from 'react';
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import type { ItemState } from '../../../lib/item-state/item-state.ts';
import { ItemDetails } from './ItemDetails.tsx';

interface Props {
  item: ChecklistItem;
  /** The state shown: stored, or N/A by itself for a customer-facing item in an internal run. */
  state: ItemState & { automatic?: true };
  /** The checkbox's id; the row's other ids derive from it. */
  checkboxId: string;
  roleName: ReadonlyMap<string, string>;
  hidden: boolean;
  /** The controls work: the page's script runs, and the run may be changed here (not a read-only team token). */
  mounted: boolean;
  now: Date | undefined;
  onToggle: (checked: boolean) => void;
  onUndoNotApplicable: () => void;
  onMarkNotApplicable: () => void;
  onEditNote: () => void;
  /** The item's sign-off history, in team mode. */
  history?: ReactNode;
}

/** One item of a checklist: its checkbox and words, its owners, what happened to it, and its actions. */
export function ChecklistRow({
  item,
  state,
  checkboxId,
  roleName,
  hidden,
  mounted,
  now,
  history,
  ...actions
}: Props) {
  const detailsId = `${checkboxId}-meta`;
  const statusId = `${checkboxId}-status`;
  const notApplicable = state.status === 'na';
  const noteAction = state.note ? 'Edit note' : 'Add note';
  const describedBy = [
    notApplicable && statusId,
    (state.at || notApplicable || state.note) && detailsId,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={`checklist-item is-${state.status}`} hidden={hidden} data-item={item.id}>
      <input
        type="checkbox"
        id={checkboxId}
        checked={state.status === 'done'}
        disabled={!mounted}
        aria-describedby={describedBy || undefined}
        onChange={(event) => actions.onToggle(event.target.checked)}
      />
      <div className="item-body">
        <label htmlFor={checkboxId} className="item-text">
          {item.text}
        </label>
        <OwnerTags owners={item.owners} roleName={roleName} />
        {/* "N/A" is read letter by letter: the checkbox is described as not applicable in words. */}
        {notApplicable && (
          <span id={statusId} className="visually-hidden">
            Not applicable.
          </span>
        )}
        <ItemDetails id={detailsId} state={state} now={now} />
        {history}
      </div>
      <div className="item-actions needs-js" data-pagefind-ignore>
        {state.status === 'na' && !state.automatic ? (
          <RowAction
            label="Undo N/A"
            item={item}
            disabled={!mounted}
            onClick={actions.onUndoNotApplicable}
          />
        ) : (
          state.status === 'open' && (
            <RowAction
              label="Mark N/A"
              item={item}
              disabled={!mounted}
              onClick={actions.onMarkNotApplicable}
            />
          )
        )}
        <RowAction
          label={noteAction}
          item={item}
          disabled={!mounted}
          onClick={actions.onEditNote}
        />
      </div>
    </li>
  );
}

/**
 * The item's owners as tags, read by screen readers as "Owners: Release Manager, PM" (the prefix and
 * the commas are text for them alone); an item nobody owns is everyone's to check: "Unassigned".
 */
function OwnerTags({
  owners,
  roleName,
}: {
  owners: readonly string[];
  roleName: ReadonlyMap<string, string>;
}) {
  if (owners.length === 0) {
    return (
      <span className="item-owners" data-pagefind-ignore>
        <span className="owner-badge owner-unassigned">Unassigned</span>
      </span>
    );
  }
  return (
    <span className="item-owners" data-pagefind-ignore>
      <span className="visually-hidden">Owners: </span>
      {owners.map((owner, index) => (
        <span key={owner}>
          {index > 0 && <span className="visually-hidden">, </span>}
          <span className="owner-badge">{roleName.get(owner) ?? owner}</span>
        </span>
      ))}
    </span>
  );
}

/** A row's small action button, named with the item's words for screen readers ("Mark N/A: Backup…"). */
function RowAction({
  label,
  item,
  disabled,
  onClick,
}: {
  label: string;
  item: ChecklistItem;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="button button-small"
      disabled={disabled}
      onClick={onClick}
      aria-label={`${label}: ${item.text}`}
    >
      {label}
    </button>
  );
}
