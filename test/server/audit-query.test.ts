// Reading the audit trail back: the options, the filter and the table, the same for the file and the database.
import { describe, expect, it } from 'vitest';
import { auditTable, filterAuditLines, parseAuditArguments } from '../../src/server/audit-query.ts';

const lines = [
  { time: '2026-12-01T10:00:00.000Z', event: 'connect', name: 'Dana', document: 'incident:a' },
  {
    time: '2026-12-01T10:02:00.000Z',
    event: 'change',
    kind: 'update',
    bytes: 31,
    name: 'Dana',
    document: 'incident:a',
  },
  {
    time: '2026-12-01T10:03:00.000Z',
    event: 'change',
    kind: 'update',
    bytes: 12,
    name: 'Sam',
    document: 'run:b',
  },
]
  .map((line) => JSON.stringify(line))
  .join('\n');

describe('sync-audit', () => {
  it('reads its options and says what is wrong with them', () => {
    expect(
      parseAuditArguments(['--document', 'incident:a', '--since', '2026-12-01T10:01Z', '--json']),
    ).toEqual({
      query: { document: 'incident:a', since: new Date('2026-12-01T10:01Z') },
      json: true,
    });
    expect(() => parseAuditArguments(['--since', 'yesterday-ish'])).toThrow(
      '--since must be a date',
    );
    expect(() => parseAuditArguments(['--document'])).toThrow('--document needs a value');
    expect(() => parseAuditArguments(['--token', 'x'])).toThrow('Unknown option --token');
  });

  it('keeps the lines of one document, since a time, by one name, and skips a torn last line', () => {
    const text = `${lines}\n{"time":"2026-12-01T10:04`;
    expect(filterAuditLines(text, { document: 'incident:a' }).map((row) => row.event)).toEqual([
      'connect',
      'change',
    ]);
    expect(filterAuditLines(text, { since: new Date('2026-12-01T10:02Z') })).toHaveLength(2);
    expect(filterAuditLines(text, { name: 'Sam' }).map((row) => row.document)).toEqual(['run:b']);
  });

  it('prints a table with the columns that hold something', () => {
    const table = auditTable(filterAuditLines(lines, { document: 'incident:a' })).split('\n');
    expect(table[0]).toBe('time                      event    name  document    kind    bytes');
    expect(table[3]).toBe('2026-12-01T10:02:00.000Z  change   Dana  incident:a  update  31');
    expect(auditTable([])).toBe('No audit events match.');
  });
});
