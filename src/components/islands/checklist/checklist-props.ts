// What an Astro page hands a checklist island: a checklist as the content defines it, and the one it
// requires (with the address of its page). The releases page passes the same shapes.
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import type { ChecklistOrder } from '../../../lib/checklist/checklist-order.ts';
import type { Role } from '../../../lib/roles/roles.ts';

export interface ChecklistDefinitionProps {
  id: string;
  title: string;
  ownerLine?: string | undefined;
  items: ChecklistItem[];
  /** What items wait for, as the writer declared it (`waits`). */
  waits?: ChecklistOrder | undefined;
}

export interface RequiredChecklistProps extends ChecklistDefinitionProps {
  href: string;
}

export interface ChecklistIslandProps {
  checklist: ChecklistDefinitionProps;
  roles: Role[];
  requires?: RequiredChecklistProps | undefined;
}
