import rolesJson from '../../content/data/roles.json';
import { RoleSchema } from '../../src/lib/roles/roles.ts';
import type { ReleaseRun } from '../../src/lib/releases/release-run.ts';

/** The real roles file, validated, so that tests follow what writers put there. */
export const ROLES = RoleSchema.array().parse(rolesJson);

export const RUN: ReleaseRun = {
  id: 'run-1',
  version: '2.4.0',
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-11-26T10:00:00.000Z',
};

export const INTERNAL_RUN: ReleaseRun = { ...RUN, id: 'run-2', customerFacing: false };
