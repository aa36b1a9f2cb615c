// The roles page's filter: the matrix narrowed to a role's rows (unassigned rows always stay), a line
// that says how many are shown and hidden, and the choice remembered in this browser for the next
// visit and for the checklists' "Show only my items". Plain DOM: the roles page loads no framework.
import {
  describeRoleFilter,
  filterByRole,
  readRoleFilter,
  ROLE_FILTER_KEY,
} from '../lib/roles/role-filter.ts';

/** Show only the rows of the roles matrix that a role owns or nobody owns, and say how many. */
export function applyRoleFilter(root: Document, roleId: string): void {
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-owners]')].map((row) => ({
    row,
    owners: (row.dataset.owners ?? '').split(' ').filter(Boolean),
  }));
  const result = filterByRole(rows, roleId || undefined);
  const shown = new Set(result.shown);
  for (const entry of rows) entry.row.hidden = !shown.has(entry);
  for (const cell of root.querySelectorAll<HTMLElement>('[data-role]')) {
    cell.classList.toggle('is-filtered-role', cell.dataset.role === roleId);
  }
  const status = root.querySelector('[data-role-filter-status]');
  const select = root.querySelector<HTMLSelectElement>('[data-role-filter]');
  const roleName = roleId ? (select?.selectedOptions[0]?.textContent ?? roleId) : undefined;
  if (status) status.textContent = describeRoleFilter(result, roleName);
}

/**
 * Wire the filter: start from the remembered role (ignored unless it is one of the page's), remember
 * each choice. Storage that throws (blocked, full) only means the choice is not remembered: a
 * preference is not work, so there is nothing to report.
 */
export function startRoleFilter(
  root: Document,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
): void {
  const select = root.querySelector<HTMLSelectElement>('[data-role-filter]');
  if (!select) return;
  const roleIds = [...select.options].map((option) => option.value).filter(Boolean);
  let remembered: string | undefined;
  try {
    remembered = readRoleFilter(storage?.getItem(ROLE_FILTER_KEY), roleIds);
  } catch {
    remembered = undefined;
  }
  if (remembered) {
    select.value = remembered;
    applyRoleFilter(root, remembered);
  }
  select.addEventListener('change', () => {
    applyRoleFilter(root, select.value);
    try {
      if (select.value) storage?.setItem(ROLE_FILTER_KEY, select.value);
      else storage?.removeItem(ROLE_FILTER_KEY);
    } catch {
      // not remembered this time
    }
  });
}
