/*
 * What the sync server tells one page about its own changes, as a stateless message on the document
 * concerned: a change it refused (too large, over a limit, rewriting history, signed in the future)
 * or that it is slowing this token down. A refused change is never applied or sent to anyone; the
 * page says why and drops it locally instead of sending it again on every reconnection. Both sides
 * use this module: the server to write the notice, the page to read it.
 */
import * as v from 'valibot';

export const REFUSED_NOTICE_TYPE = 'team-sync/refused';
export const THROTTLED_NOTICE_TYPE = 'team-sync/throttled';

export const REFUSAL_REASONS = [
  'update-too-large',
  'document-too-large',
  'too-many-documents',
  'witness-is-server-only',
  'history-is-append-only',
  'duplicate-entry-id',
  'time-ahead-of-server',
  'text-too-long',
  'unreadable-update',
  'missing-dependency',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const NoticeSchema = v.variant('type', [
  v.object({
    type: v.literal(REFUSED_NOTICE_TYPE),
    document: v.string(),
    reason: v.picklist(REFUSAL_REASONS),
    /** The server setting that set the limit, e.g. SYNC_MAX_UPDATE_BYTES, when a limit was hit. */
    setting: v.optional(v.string()),
    limit: v.optional(v.number()),
    /** The size or time that went over the limit. */
    actual: v.optional(v.number()),
    message: v.pipe(v.string(), v.maxLength(500)),
  }),
  v.object({
    type: v.literal(THROTTLED_NOTICE_TYPE),
    document: v.string(),
    setting: v.string(),
    limit: v.number(),
    message: v.pipe(v.string(), v.maxLength(500)),
  }),
]);

export type ServerNotice = v.InferOutput<typeof NoticeSchema>;
export type ChangeRefusal = Extract<ServerNotice, { type: typeof REFUSED_NOTICE_TYPE }>;

export function encodeServerNotice(notice: ServerNotice): string {
  return JSON.stringify(notice);
}

/** The notice in a stateless payload, or undefined for any other message. */
export function decodeServerNotice(payload: string): ServerNotice | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const result = v.safeParse(NoticeSchema, parsed);
  return result.success ? result.output : undefined;
}

/** "256 KB", "5.0 MB": sizes as a person reads them in a refusal. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
