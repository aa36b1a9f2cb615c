/**
 * A change so large that the sync server's WebSocket library closes the whole connection (code 1009,
 * "message too big") before anyone reads it. The close does not say which document sent it, so the
 * page counts the size of each message it sends since the socket opened and names the document of
 * the largest: that document is dropped here and fetched again, instead of being sent on every
 * reconnection forever.
 */
import { describeBytes } from './server-notice.ts';

/** RFC 6455: the other side received a message too big to process. */
export const MESSAGE_TOO_BIG = 1009;

/** The largest message sent per document since the socket opened. */
export type SentSizes = ReadonlyMap<string, number>;

export function recordSent(sizes: Map<string, number>, documentName: string, bytes: number): void {
  if (bytes > (sizes.get(documentName) ?? 0)) sizes.set(documentName, bytes);
}

/** The document to drop after a close with `code`, and what to say, or undefined for any other close. */
export function oversizedChange(
  code: number,
  sizes: SentSizes,
): { documentName: string; message: string } | undefined {
  if (code !== MESSAGE_TOO_BIG) return undefined;
  let largest: [string, number] | undefined;
  for (const entry of sizes) if (!largest || entry[1] > largest[1]) largest = entry;
  if (!largest) return undefined;
  return {
    documentName: largest[0],
    message: `This change was too large to share (${describeBytes(largest[1])}; the team’s server refused it). It was dropped here; the rest of your work is kept.`,
  };
}
