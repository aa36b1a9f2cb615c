/**
 * A backup is one JSON file with every stored document of this site, each in its versioned
 * envelope, so that a restore reads it through the same decoders (and migrations) as storage.
 */
import { decode, encode, type Codec } from '../storage/envelope.ts';

export const BACKUP_FORMAT = 'octoacme-release-guide-backup';
export const BACKUP_VERSION = 1;

export interface BackupDocument<T = unknown> {
  key: string;
  codec: Codec<T>;
}

export function createBackup(
  documents: readonly (BackupDocument & { value: unknown })[],
  exportedAt: Date,
): string {
  const envelopes = Object.fromEntries(
    documents.map((document) => [document.key, JSON.parse(encode(document.codec, document.value))]),
  );
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), documents: envelopes }, null, 2)}\n`;
}

export type BackupReading =
  | { ok: true; exportedAt?: string; values: Map<string, unknown>; ignored: string[] }
  | { ok: false; message: string };

/** Read a backup file's text. Every problem comes back as a sentence for the person restoring it. */
export function readBackup(text: string, documents: readonly BackupDocument[]): BackupReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not a backup of the release guide: it is not JSON.',
    };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return {
      ok: false,
      message:
        'This file is not a backup of the release guide (it was not made by “Download backup”).',
    };
  }
  const {
    version,
    exportedAt,
    documents: stored,
  } = parsed as { version?: unknown; exportedAt?: unknown; documents?: unknown };
  if (typeof version !== 'number' || version > BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup was made by a newer version of the site (backup format ${String(version)}). Update the site, then restore.`,
    };
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { ok: false, message: 'This backup has no documents in it.' };
  }
  const values = new Map<string, unknown>();
  for (const document of documents) {
    if (!(document.key in stored)) continue;
    const result = decode(
      document.codec,
      JSON.stringify((stored as Record<string, unknown>)[document.key]),
    );
    if (!result.ok)
      return {
        ok: false,
        message: `This backup cannot be restored: ${result.reason.replace(/^The saved/, 'its')}`,
      };
    values.set(document.key, result.value);
  }
  if (values.size === 0)
    return { ok: false, message: 'This backup holds nothing this site can restore.' };
  const known = new Set(documents.map((document) => document.key));
  const ignored = Object.keys(stored).filter((key) => !known.has(key));
  return { ok: true, ...(typeof exportedAt === 'string' ? { exportedAt } : {}), values, ignored };
}

/** What a restore does to the release runs: by version and name, for the confirmation. */
export function describeRunChanges(
  current: readonly { id: string; version: string }[],
  restored: readonly { id: string; version: string }[],
): { added: string[]; replaced: string[]; removed: string[] } {
  const currentIds = new Set(current.map((run) => run.id));
  const restoredIds = new Set(restored.map((run) => run.id));
  return {
    added: restored.filter((run) => !currentIds.has(run.id)).map((run) => run.version),
    replaced: restored.filter((run) => currentIds.has(run.id)).map((run) => run.version),
    removed: current.filter((run) => !restoredIds.has(run.id)).map((run) => run.version),
  };
}
