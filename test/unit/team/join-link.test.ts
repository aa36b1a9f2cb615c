import { describe, expect, it } from 'vitest';
import {
  holdsTeamToken,
  isJoinFragment,
  joinTokenFromHash,
  membershipWithToken,
} from '../../../src/lib/team/join-link.ts';
import { decode } from '../../../src/lib/storage/envelope.ts';
import { teamMembershipCodec } from '../../../src/lib/team/team-membership.ts';

const TOKEN = 'dana-0123456789abcdef';

describe('a join link read on a page without islands', () => {
  it('treats any #join= fragment as a join link, readable or not, and nothing else', () => {
    expect(isJoinFragment(`#join=${TOKEN}`)).toBe(true);
    expect(isJoinFragment('#join=short')).toBe(true);
    expect(isJoinFragment('#deployment-checklist')).toBe(false);
    expect(joinTokenFromHash('#join=short')).toBeUndefined();
  });

  it('stores the token as the membership codec reads it, keeping the listed runs and forgetting the old identity', () => {
    const stored = JSON.stringify({
      v: 1,
      data: {
        token: 'old-token-0123456789',
        runs: ['r1'],
        incidents: ['i1'],
        identity: { name: 'Pat', access: 'read-only' },
      },
    });
    const written = decode(teamMembershipCodec, membershipWithToken(stored, ` ${TOKEN} `));
    expect(written.ok).toBe(true);
    expect(written.value).toEqual({ token: TOKEN, runs: ['r1'], incidents: ['i1'] });
  });

  it('starts afresh from nothing stored or from unreadable data', () => {
    for (const stored of [null, undefined, '', '{not json', '{"v":1,"data":{"runs":"x"}}']) {
      const written = decode(teamMembershipCodec, membershipWithToken(stored, TOKEN));
      expect(written.ok).toBe(true);
      expect(written.value).toEqual({ token: TOKEN, runs: [], incidents: [] });
    }
  });
});

describe('whether this browser holds a team token, read without a schema library', () => {
  it('finds the token of the stored membership, and none in anything else', () => {
    expect(holdsTeamToken(membershipWithToken(null, TOKEN))).toBe(true);
    expect(holdsTeamToken(JSON.stringify({ v: 1, data: { runs: [], incidents: [] } }))).toBe(false);
    expect(holdsTeamToken(JSON.stringify({ v: 1, data: { token: '' } }))).toBe(false);
    expect(holdsTeamToken(null)).toBe(false);
    expect(holdsTeamToken('{not json')).toBe(false);
    expect(holdsTeamToken('"a string"')).toBe(false);
  });
});
