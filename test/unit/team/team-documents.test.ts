import { describe, expect, it } from 'vitest';
import {
  incidentDocumentName,
  isTeamDocumentName,
  parseTeamDocumentName,
  runDocumentName,
  TEAM_DOCUMENT,
} from '../../../src/lib/team/team-documents.ts';

describe('team document names', () => {
  it('names the team document, runs and incidents, and reads them back', () => {
    const id = '3f2c1a9e-7b4d-4c1e-9a2b-0c5d6e7f8a9b';
    expect(TEAM_DOCUMENT).toBe('team');
    expect(runDocumentName(id)).toBe(`run:${id}`);
    expect(parseTeamDocumentName(runDocumentName(id))).toEqual({ kind: 'run', id });
    expect(incidentDocumentName('incident-lq2x8z')).toBe('incident:incident-lq2x8z');
    expect(parseTeamDocumentName(`incident:incident-lq2x8z`)).toEqual({
      kind: 'incident',
      id: 'incident-lq2x8z',
    });
    expect(parseTeamDocumentName('team')).toEqual({ kind: 'team' });
  });

  it('refuses names outside the namespace', () => {
    for (const name of [
      '',
      'teams',
      'run:',
      'run:a b',
      'run:../x',
      'notes:1',
      'run:x:y',
      `run:${'a'.repeat(65)}`,
      'run:a\u0000',
    ]) {
      expect(isTeamDocumentName(name), name).toBe(false);
    }
    // A name built from an id the site never makes is one the server refuses.
    expect(isTeamDocumentName(runDocumentName('has space'))).toBe(false);
    expect(isTeamDocumentName(incidentDocumentName('../x'))).toBe(false);
  });
});
