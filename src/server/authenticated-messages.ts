/**
 * The messages of a document once its connection is authenticated, on their way to Hocuspocus: throttled per
 * token (a token bucket; the socket is paused meanwhile, so nothing piles up in the server's memory, and the page
 * is told once with a `team-sync/throttled` notice), each update of a read-write token checked (a refused one is
 * answered with the check's notice and a sync status of "not applied", and never reaches Hocuspocus), presence
 * dropped from read-only tokens and rewritten with the sender's identity from the others.
 */
import * as decoding from 'lib0/decoding';
import type WebSocket from 'ws';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { claimPresence } from '../lib/team/presence-claim.ts';
import type { ServerLimits } from './limits.ts';
import { awareness, MESSAGE, readHeader, stateless, syncStatus } from './protocol-frames.ts';
import { createTokenBucket, type TokenBucket } from './token-bucket.ts';

export interface Authenticated {
  holder: TeamIdentity;
  readOnly: boolean;
}

/** Checks an update of a read-write connection: the notice to send when refused, else undefined. */
export type CheckUpdate = (
  who: Authenticated,
  documentName: string,
  data: Uint8Array,
) => string | undefined;

export interface SocketMessages {
  documents: Map<string, Authenticated>;
  /** Takes a message of an authenticated document; `pass` hands a message to Hocuspocus. */
  take(data: Uint8Array): void;
}

export function createBuckets(limits: ServerLimits) {
  const buckets = new Map<TeamIdentity, TokenBucket>();
  return (holder: TeamIdentity) => {
    let bucket = buckets.get(holder);
    if (!bucket) {
      bucket = createTokenBucket(limits.updatesPerSecond, limits.updateBurst);
      buckets.set(holder, bucket);
    }
    return bucket;
  };
}

export function socketMessages(
  ws: WebSocket,
  pass: (data: Uint8Array) => void,
  checkUpdate: CheckUpdate,
  bucketOf: (holder: TeamIdentity) => TokenBucket,
  limits: ServerLimits,
): SocketMessages {
  const documents = new Map<string, Authenticated>();
  const held: Uint8Array[] = [];
  let throttledTold = false;

  function route(data: Uint8Array) {
    const { name, type, decoder } = readHeader(data);
    const who = documents.get(name)!;
    if (type === MESSAGE.awareness) {
      if (who.readOnly) return;
      pass(awareness(name, claimPresence(decoding.readVarUint8Array(decoder), who.holder)));
      return;
    }
    const isSync = type === MESSAGE.sync || type === MESSAGE.syncReply;
    // Sync step 1 (0) asks for what the server has; steps 2 (1) and updates (2) carry changes.
    if (isSync && !who.readOnly && decoding.readVarUint(decoder) !== 0) {
      const notice = checkUpdate(who, name, data);
      if (notice) {
        ws.send(stateless(name, notice));
        ws.send(syncStatus(name, false));
        return;
      }
    }
    pass(data);
  }

  function tellThrottled(name: string) {
    const { updatesPerSecond, updateBurst } = limits;
    const notice = {
      type: 'team-sync/throttled',
      document: name,
      setting: 'SYNC_UPDATES_PER_SECOND',
      limit: updatesPerSecond,
      message: `Your changes are being slowed down: the team’s server takes at most ${updatesPerSecond} a second from one token (bursts of ${updateBurst}).`,
    };
    ws.send(stateless(name, JSON.stringify(notice)));
  }

  function drain() {
    if (ws.readyState !== ws.OPEN) {
      held.length = 0; // closed while throttled: nothing is left to hand to Hocuspocus
      return;
    }
    while (held.length > 0) {
      const first = held[0]!;
      const { name } = readHeader(first);
      const bucket = bucketOf(documents.get(name)!.holder);
      if (!bucket.take()) {
        if (!throttledTold) tellThrottled(name);
        throttledTold = true;
        setTimeout(drain, bucket.waitMs());
        return;
      }
      held.shift();
      try {
        route(first);
      } catch {
        pass(first); // Hocuspocus closes the socket on a message it cannot read
      }
    }
    throttledTold = false;
    if (ws.isPaused) ws.resume();
  }

  return {
    documents,
    take(data) {
      held.push(data);
      if (held.length === 1) drain();
      else if (!ws.isPaused) ws.pause();
    },
  };
}
