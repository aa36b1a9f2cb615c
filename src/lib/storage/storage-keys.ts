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
  // The ISO time at the end holds two colons of its own.
  return key.split(':').slice(2, -3).join(':') || key;
}
