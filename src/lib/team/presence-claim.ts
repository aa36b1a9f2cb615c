/*
 * Who is online is the server's word too. A page publishes its presence ("Dana (QA Lead) is
 * viewing run 2.4") through Yjs awareness, and any client can write any name there; so the sync
 * server rewrites every presence it relays: the name and role become those of the token that sent
 * it, only what is being viewed is kept from the client, and nothing else. (Read-only tokens may not
 * publish a presence at all: the server drops theirs.) The layout of an awareness update is
 * y-protocols': a count, then per client its id, clock and state as JSON.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const MAX_VIEWING_LENGTH = 200;

interface Claimant {
  name: string;
  role?: string | undefined;
}

function claimedState(json: string, who: Claimant): string {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return '{}';
  }
  if (state === null) return 'null'; // the client went away: kept, so that the others drop it
  const user = (state as { user?: unknown }).user as { viewing?: unknown } | null | undefined;
  if (!user || typeof user !== 'object') return '{}';
  const viewing =
    typeof user.viewing === 'string' ? user.viewing.slice(0, MAX_VIEWING_LENGTH) : undefined;
  return JSON.stringify({
    user: {
      name: who.name,
      ...(who.role ? { role: who.role } : {}),
      ...(viewing ? { viewing } : {}),
    },
  });
}

/** The awareness update with every state's name and role replaced by the sender's; throws when unreadable. */
export function claimPresence(update: Uint8Array, who: Claimant): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, count);
  for (let index = 0; index < count; index += 1) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarString(encoder, claimedState(decoding.readVarString(decoder), who));
  }
  return encoding.toUint8Array(encoder);
}
