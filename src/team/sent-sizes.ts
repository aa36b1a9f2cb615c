/*
 * The size of every message the page sends on the team's socket, per document, since the socket last
 * opened: when the server closes the socket because a message was too big (1009), the close does not
 * say which document sent it, and lib/team/oversized-change.ts names it from these sizes.
 */
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import { recordSent } from '../lib/team/oversized-change.ts';

/** Counts what `socket` sends from now on; the returned map is cleared each time the socket opens. */
export function measureSent(socket: HocuspocusProviderWebsocket): Map<string, number> {
  const sizes = new Map<string, number>();
  const send = socket.send.bind(socket);
  socket.send = (message: Uint8Array) => {
    try {
      recordSent(
        sizes,
        decoding.readVarString(decoding.createDecoder(message)),
        message.byteLength,
      );
    } catch {
      // Not a document's message: nothing to trace.
    }
    send(message);
  };
  socket.on('open', () => sizes.clear());
  return sizes;
}
