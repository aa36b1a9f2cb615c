import { describe, expect, it } from 'vitest';
import { joinTokenFromHash, tokenProblem } from '../../../src/lib/team/team-membership.ts';
import { refusalMessage } from '../../../src/lib/team/refusal.ts';
import { describeTeamStatus, connectionAfter } from '../../../src/lib/team/team-status.ts';

describe('joining a team', () => {
  it('reads the token of a join link and nothing else', () => {
    expect(joinTokenFromHash('#join=dana-0123456789abcdef')).toBe('dana-0123456789abcdef');
    expect(joinTokenFromHash('#join=dana%2B0123456789abcdef')).toBe('dana+0123456789abcdef');
    expect(joinTokenFromHash('#join=short')).toBeUndefined();
    expect(joinTokenFromHash('#deployment-checklist')).toBeUndefined();
    expect(joinTokenFromHash('#join=%E0%A4%A')).toBeUndefined();
  });

  it('says what is wrong with a typed token', () => {
    expect(tokenProblem('abc')).toMatch(/at least 16 characters/);
    expect(tokenProblem('abcdefgh ijklmnopq')).toMatch(/no spaces/);
    expect(tokenProblem(' dana-0123456789abcdef ')).toBeUndefined();
  });
});

describe('the status line', () => {
  it('names who the server says you are, and what a read-only token may do', () => {
    expect(
      describeTeamStatus({
        kind: 'connected',
        identity: { name: 'Dana', role: 'QA Lead', access: 'read-write' },
      }),
    ).toBe('Connected as Dana (QA Lead).');
    expect(
      describeTeamStatus({ kind: 'connected', identity: { name: 'Olu', access: 'read-only' } }),
    ).toMatch(/^Connected as Olu\. Your token is read-only/);
  });

  it('says that changes are kept while offline, and why a token was refused', () => {
    expect(describeTeamStatus({ kind: 'offline' })).toMatch(
      /^Offline: your changes are kept in this browser and sent when the connection returns/,
    );
    expect(
      describeTeamStatus({ kind: 'refused', reason: refusalMessage('unknown-token') }),
    ).toMatch(/^Refused: the team’s server does not know this token/);
    expect(refusalMessage('something-new')).toBe('the team’s server said: something-new');
  });

  it('says "Reconnecting…" when a connection that was up is lost, and offline once an attempt fails or the grace is over', () => {
    expect(connectionAfter('connected', 'disconnected')).toBe('reconnecting');
    expect(describeTeamStatus({ kind: 'reconnecting' })).toBe(
      'Reconnecting… Your changes are kept in this browser meanwhile.',
    );
    expect(connectionAfter('reconnecting', 'connected')).toBe('connected');
    // The next attempt failed too (the server is down, not just one instance): offline, as before.
    expect(connectionAfter('reconnecting', 'disconnected')).toBe('offline');
    // No connection again within the grace (a network that went silent): offline.
    expect(connectionAfter('reconnecting', 'still-disconnected')).toBe('offline');
    expect(connectionAfter('connected', 'still-disconnected')).toBe('connected');
    // Never connected in the first place (the server was down when the page opened): offline.
    expect(connectionAfter('connecting', 'disconnected')).toBe('offline');
    // The browser says the network is gone: offline at once.
    expect(connectionAfter('connected', 'network-gone')).toBe('offline');
  });

  it('counts the changes waiting while offline, and says when they are all shared', () => {
    const dana = { name: 'Dana', role: 'QA Lead', access: 'read-write' as const };
    expect(describeTeamStatus({ kind: 'offline', identity: dana, waiting: 2 })).toBe(
      'Offline: 2 changes waiting, kept in this browser and shared when the connection returns.',
    );
    expect(describeTeamStatus({ kind: 'offline', waiting: 1 })).toMatch(
      /^Offline: 1 change waiting,/,
    );
    expect(describeTeamStatus({ kind: 'offline', identity: dana, waiting: 0 })).toMatch(
      /^Offline \(Dana \(QA Lead\)\): your changes are kept/,
    );
    expect(describeTeamStatus({ kind: 'connected', identity: dana, waiting: 3 })).toBe(
      'Connected as Dana (QA Lead). Sharing 3 changes…',
    );
    expect(describeTeamStatus({ kind: 'connected', identity: dana, waiting: 0 })).toBe(
      'Connected as Dana (QA Lead). All changes shared.',
    );
  });
});
