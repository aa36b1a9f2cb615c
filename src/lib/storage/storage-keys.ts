/**
 * The names this site stores under in localStorage: a document's key, and the key its unreadable
 * data is kept aside under (and read back from, to say which document it was).
 */

/** Every key this site stores starts with this namespace, so nothing else in the origin is touched. */
export const NAMESPACE = 'octoacme-rg';

/** The key of a stored document: `octoacme-rg:v1:releases`. The v1 changes only if the key layout does. */
export function storageKey(name: string): string {
  return `${NAMESPACE}:v1:${name}`;
}

const QUARANTINE_PREFIX = `${NAMESPACE}:quarantine:`;

/** Where unreadable data is kept aside: `octoacme-rg:quarantine:octoacme-rg:v1:releases:2026-11-26T16:05:00.000Z`. */
export function quarantineKey(key: string, at: Date): string {
  return `${QUARANTINE_PREFIX}${key}:${at.toISOString()}`;
}

export function isQuarantineKey(key: string): boolean {
  return key.startsWith(QUARANTINE_PREFIX);
}

/** The document that data kept aside came from (`octoacme-rg:v1:releases`), or the key itself if it says none. */
export function quarantinedDocumentKey(key: string): string {
  return parseQuarantineKey(key)?.key ?? key;
}

const KEPT_ASIDE = /^(.+):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/;

/** The key whose data a quarantine key keeps, and when it was kept aside; undefined for any other key. */
export function parseQuarantineKey(key: string): { key: string; keptAt: string } | undefined {
  if (!isQuarantineKey(key)) return undefined;
  const match = KEPT_ASIDE.exec(key.slice(QUARANTINE_PREFIX.length));
  return match ? { key: match[1]!, keptAt: match[2]! } : undefined;
}
