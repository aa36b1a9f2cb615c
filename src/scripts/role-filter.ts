/** Show only the rows of the roles matrix that a role owns, and say how many. */
export function applyRoleFilter(root: Document, roleId: string): void {
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-owners]')];
  let shown = 0;
  for (const row of rows) {
    const owned = roleId === '' || (row.dataset.owners ?? '').split(' ').includes(roleId);
    row.hidden = !owned;
    if (owned) shown += 1;
  }
  for (const cell of root.querySelectorAll<HTMLElement>('[data-role]')) {
    cell.classList.toggle('is-filtered-role', cell.dataset.role === roleId);
  }
  const status = root.querySelector('[data-role-filter-status]');
  if (status) status.textContent = roleId === '' ? '' : `${shown} of ${rows.length} items.`;
}
