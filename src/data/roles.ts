import { getCollection } from 'astro:content';
import type { Role } from '../lib/roles/roles.ts';

/** The roles, in the order of `content/data/roles.json`. */
export async function getRoles(): Promise<Role[]> {
  return (await getCollection('roles')).map((entry) => entry.data);
}
