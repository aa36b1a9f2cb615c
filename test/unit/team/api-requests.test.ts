// What a pipeline may send to the API, checked before anything is written.
import { describe, expect, it } from 'vitest';
import {
  parseCreateRun,
  parseItemAction,
  parseRequired,
} from '../../../src/lib/team/api-requests.ts';

describe('API requests', () => {
  it('reads a run to create, with the defaults of the page’s form', () => {
    expect(parseCreateRun('{"version":"2.5.0"}')).toEqual({
      ok: true,
      value: { version: '2.5.0', type: 'minor', customerFacing: true },
    });
    expect(
      parseCreateRun('{"version":"3.0.0","type":"major","customerFacing":false,"name":"Big"}'),
    ).toEqual({
      ok: true,
      value: { version: '3.0.0', name: 'Big', type: 'major', customerFacing: false },
    });
  });

  it('answers 400 with the field for a version that is not semver, an unknown field or not JSON', () => {
    expect(parseCreateRun('{"version":"2.5"}')).toMatchObject({
      ok: false,
      error: { status: 400, error: 'invalid-version', field: 'version' },
    });
    expect(parseCreateRun('{"version":"2.5.0","colour":"red"}')).toMatchObject({
      ok: false,
      error: { status: 400, error: 'invalid-request' },
    });
    expect(parseCreateRun('{')).toMatchObject({ ok: false, error: { error: 'invalid-json' } });
  });

  it('reads an item action; N/A needs a reason', () => {
    expect(parseItemAction('{"action":"done","force":true}')).toEqual({
      ok: true,
      value: { action: 'done', force: true },
    });
    expect(parseItemAction('{"action":"na","reason":"  "}')).toMatchObject({
      ok: false,
      error: { status: 400, error: 'reason-required' },
    });
    expect(parseItemAction('{"action":"tick"}')).toMatchObject({
      ok: false,
      error: { status: 400 },
    });
  });

  it('reads the gate’s requirements, comma-separated or repeated', () => {
    expect(parseRequired(new URLSearchParams('require=a/b,%20c&require=d'))).toEqual([
      'a/b',
      'c',
      'd',
    ]);
  });
});
