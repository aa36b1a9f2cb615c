/**
 * Reading the audit trail back, for a postmortem: one document's events, since a time, by one person, from the
 * PostgreSQL table or the JSON-lines file, printed as a table or as JSON. The filtering and the table are pure, so
 * both sources print the same.
 */
import type { AuditEntry } from './audit-log.ts';

export interface AuditQuery {
  document?: string | undefined;
  /** ISO 8601 time, inclusive. */
  since?: Date | undefined;
  name?: string | undefined;
}

export type AuditRow = AuditEntry & { time: string };

export class AuditQueryError extends Error {}

/** Reads `--document`, `--since`, `--name`, `--json`, `--file` from the command line. */
export function parseAuditArguments(args: readonly string[]): {
  query: AuditQuery;
  json: boolean;
  file?: string;
} {
  const query: AuditQuery = {};
  let json = false;
  let file: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const flag = args[index];
    if (flag === '--json') {
      json = true;
      continue;
    }
    const value = args[index + 1];
    if (!['--document', '--since', '--name', '--file'].includes(flag ?? ''))
      throw new AuditQueryError(
        `Unknown option ${flag}: use --document, --since, --name, --file or --json.`,
      );
    if (value === undefined || value.startsWith('--'))
      throw new AuditQueryError(`${flag} needs a value.`);
    index += 1;
    if (flag === '--since') {
      const since = new Date(value);
      if (Number.isNaN(since.getTime()))
        throw new AuditQueryError(
          `--since must be a date or time such as 2026-12-01T10:00Z, not "${value}".`,
        );
      query.since = since;
    } else if (flag === '--document') query.document = value;
    else if (flag === '--name') query.name = value;
    else file = value;
  }
  return { query, json, ...(file ? { file } : {}) };
}

export function matchesQuery(row: AuditRow, query: AuditQuery): boolean {
  if (query.document !== undefined && row.document !== query.document) return false;
  if (query.name !== undefined && row.name !== query.name) return false;
  if (query.since && new Date(row.time).getTime() < query.since.getTime()) return false;
  return true;
}

/** The lines of a JSON-lines audit file that match, skipping lines that are not JSON (a torn last line). */
export function filterAuditLines(text: string, query: AuditQuery): AuditRow[] {
  return text.split('\n').flatMap((line) => {
    if (!line.trim()) return [];
    try {
      const row = JSON.parse(line) as AuditRow;
      return typeof row.time === 'string' && matchesQuery(row, query) ? [row] : [];
    } catch {
      return [];
    }
  });
}

const COLUMNS = [
  'time',
  'event',
  'name',
  'role',
  'access',
  'document',
  'kind',
  'bytes',
  'reason',
  'address',
  'count',
  'aggregated',
] as const;

/** A plain-text table, one event a line, with only the columns that hold something. */
export function auditTable(rows: readonly AuditRow[]): string {
  if (rows.length === 0) return 'No audit events match.';
  const columns = COLUMNS.filter((column) =>
    rows.some((row) => row[column] !== undefined && row[column] !== null),
  );
  const cells = rows.map((row) => columns.map((column) => String(row[column] ?? '')));
  const widths = columns.map((column, c) =>
    Math.max(column.length, ...cells.map((line) => line[c]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, c) => value.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  );
}
