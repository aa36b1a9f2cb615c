/**
 * Membership of a team, kept in this browser only (never in a backup): the token that lets the
 * browser connect, and which runs and incidents it mirrors from the team. The ids are kept so that
 * a run someone else removed from the team also leaves this browser, while runs made before joining
 * (never shared) stay put; leaving the team forgets the token and the ids, and the copies stay local.
 */
import * as v from 'valibot';
import type { Codec } from '../storage/envelope.ts';

const IdList = v.array(v.pipe(v.string(), v.maxLength(100)));

export const TeamMembershipSchema = v.object({
  token: v.optional(v.pipe(v.string(), v.maxLength(500))),
  runs: IdList,
  incidents: IdList,
  /** Who the server last said the token is, so that a page opened offline signs and refuses as it would online. */
  identity: v.optional(
    v.object({
      name: v.pipe(v.string(), v.maxLength(100)),
      role: v.optional(v.pipe(v.string(), v.maxLength(100))),
      access: v.picklist(['read-write', 'read-only']),
    }),
  ),
});

export type TeamMembership = v.InferOutput<typeof TeamMembershipSchema>;

export const teamMembershipCodec: Codec<TeamMembership> = {
  label: 'team membership',
  version: 1,
  schema: TeamMembershipSchema,
  migrations: {},
  empty: () => ({ runs: [], incidents: [] }),
};

// The join link's checks live apart, so that a reading page can read a join link without valibot.
export { joinTokenFromHash, tokenProblem } from './join-link.ts';
