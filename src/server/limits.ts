/**
 * The bounds the sync server holds every token to, each a setting with a default and named in its refusal. Read
 * from the environment once at start, like the rest of config.ts; anything wrong stops the server before it listens.
 */
import { ConfigError } from './config.ts';

/**
 * The bounds the server puts on what one token can do, so that one writer (or a stolen token) cannot break the
 * others' pages or fill the server. Each is a setting; a refusal names the setting it hit.
 */
export interface ServerLimits {
  /** One update (a change or a first sync), in bytes. */
  maxUpdateBytes: number;
  /** One document as stored, in bytes. */
  maxDocumentBytes: number;
  /** Updates per token: a token bucket refilled at this rate… */
  updatesPerSecond: number;
  /** …holding at most this many. */
  updateBurst: number;
  /** Runs and incidents the team's list may hold. */
  maxDocuments: number;
  /** Run and incident documents the team's list does not (yet) know: a page opens one just before listing it. */
  maxUnlistedDocuments: number;
  maxDocumentNameLength: number;
  /** A connection that has not authenticated within this time is closed. */
  authTimeoutMs: number;
  maxUnauthenticatedPerAddress: number;
  /** How far ahead of the server's clock an action's time may be. */
  maxClockAheadMs: number;
  /** One text in a shared entry (a note, a reason, a timeline entry, a release-notes field), in characters. */
  maxTextLength: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxUpdateBytes: 256 * 1024,
  maxDocumentBytes: 5 * 1024 * 1024,
  updatesPerSecond: 50,
  updateBurst: 200,
  maxDocuments: 1000,
  maxUnlistedDocuments: 20,
  maxDocumentNameLength: 200,
  authTimeoutMs: 10_000,
  maxUnauthenticatedPerAddress: 50,
  maxClockAheadMs: 5 * 60_000,
  maxTextLength: 20_000,
};

/** The environment variable of each limit, as refusals and the README name them. */
export const LIMIT_SETTINGS: Record<keyof ServerLimits, string> = {
  maxUpdateBytes: 'SYNC_MAX_UPDATE_BYTES',
  maxDocumentBytes: 'SYNC_MAX_DOCUMENT_BYTES',
  updatesPerSecond: 'SYNC_UPDATES_PER_SECOND',
  updateBurst: 'SYNC_UPDATE_BURST',
  maxDocuments: 'SYNC_MAX_DOCUMENTS',
  maxUnlistedDocuments: 'SYNC_MAX_UNLISTED_DOCUMENTS',
  maxDocumentNameLength: 'SYNC_MAX_DOCUMENT_NAME_LENGTH',
  authTimeoutMs: 'SYNC_AUTH_TIMEOUT_MS',
  maxUnauthenticatedPerAddress: 'SYNC_MAX_UNAUTHENTICATED_PER_ADDRESS',
  maxClockAheadMs: 'SYNC_MAX_CLOCK_AHEAD_MS',
  maxTextLength: 'SYNC_MAX_TEXT_LENGTH',
};

/** The limits from the environment: each a whole number of at least 1, or its default when unset. */
export function readServerLimits(env: NodeJS.ProcessEnv): ServerLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_SETTINGS) as (keyof ServerLimits)[]) {
    const text = env[LIMIT_SETTINGS[key]]?.trim();
    if (!text) continue;
    if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
      throw new ConfigError(
        `${LIMIT_SETTINGS[key]} must be a whole number of at least 1 (default ${DEFAULT_LIMITS[key]}), not "${text}".`,
      );
    }
    limits[key] = Number(text);
  }
  return limits;
}
