// What an Astro page hands the incident island: the playbook as the content defines it, and the roles.
import type { Playbook } from '../../../lib/incident/playbook.ts';
import type { Role } from '../../../lib/roles/roles.ts';

export interface IncidentIslandProps {
  playbook: Playbook;
  roles: Role[];
}
