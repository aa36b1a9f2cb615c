/**
 * The sync server's decisions on each connection and each message, as Hocuspocus hooks: who a token makes its
 * holder and whether they may open the document (`onAuthenticate`), and what a holder's message may do before
 * Hocuspocus applies and acknowledges it (`beforeHandleMessage`: no broadcast stateless messages, no writes from
 * a read-only holder, every change stored durably first).
 */
import type { IncomingMessage as HttpRequest } from 'node:http';
import type { beforeHandleMessagePayload, onAuthenticatePayload } from '@hocuspocus/server';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { isTeamDocumentName } from '../lib/team/team-documents.ts';
import type { AuditEntry } from './audit-log.ts';
import type { createConnectionGate } from './connection-gate.ts';
import type { createDocumentAdmission } from './document-admission.ts';
import type { HolderLookup, Identified } from './holder-lookup.ts';
import { readIncomingMessage } from './incoming-message.ts';
import type { RefusalLog } from './refusal-log.ts';
import { alreadyHas } from './update-checks.ts';
import type { witnessedUpdates } from './witnessed-updates.ts';

export interface ConnectionContext {
  holder: TeamIdentity;
  identified: Identified;
  /** This connection, as the open connections know it. */
  key: object;
}

/** A WebSocket close code for "try again later" (RFC 6455 1013), with the reason the page is given. */
export const STORE_UNAVAILABLE = { code: 1013, reason: 'store-unavailable' };

/** Thrown from a hook, `reason` is what the provider's `onAuthenticationFailed` receives. */
const refusal = (reason: string) => ({ reason });
export const holderFields = ({ name, role, access }: TeamIdentity) => ({ name, role, access });
export const addressOf = (request: HttpRequest | undefined) => request?.socket?.remoteAddress;

type Record = (entry: AuditEntry) => void;

export function createAuthenticate(deps: {
  lookup: HolderLookup;
  refusals: RefusalLog;
  record: Record;
  gate: ReturnType<typeof createConnectionGate>;
  admission: ReturnType<typeof createDocumentAdmission>;
}) {
  const { lookup, refusals, record, gate, admission } = deps;
  return async ({ token, documentName, connectionConfig, request }: onAuthenticatePayload) => {
    const identified = await lookup.identify(token);
    if ('refused' in identified) {
      refusals.refuse({
        event: 'refused',
        reason: identified.refused,
        document: documentName,
        address: addressOf(request),
        ...(identified.detail ? { kind: identified.detail.slice(0, 200) } : {}),
      });
      gate.refused(request, documentName);
      throw refusal(identified.refused);
    }
    const { holder } = identified;
    const refused = isTeamDocumentName(documentName)
      ? await admission.admit(documentName)
      : 'unknown-document';
    if (refused) {
      record({
        event: 'refused',
        reason: refused,
        document: documentName.slice(0, 200),
        ...holderFields(holder),
      });
      gate.refused(request, documentName);
      throw refusal(refused);
    }
    connectionConfig.readOnly = holder.access === 'read-only';
    gate.authenticated(request, documentName, { holder, readOnly: connectionConfig.readOnly });
    return { holder, identified, key: {} } satisfies ConnectionContext;
  };
}

export function createIncomingCheck(deps: {
  record: Record;
  updates: ReturnType<typeof witnessedUpdates>;
  warn: (message: string) => void;
}) {
  const { record, updates, warn } = deps;
  return async ({
    connection,
    context,
    document,
    documentName,
    update: data,
  }: beforeHandleMessagePayload) => {
    const { holder } = context as ConnectionContext;
    const message = readIncomingMessage(data);
    if (message.kind === 'broadcast-stateless') {
      record({
        event: 'refused',
        reason: 'broadcast-stateless',
        document: documentName,
        ...holderFields(holder),
      });
      throw refusal('broadcast-stateless');
    }
    if (message.kind !== 'update') return;
    // A client's first sync sends what it has; most often the server has it all already.
    if (message.step === 'sync-step-2' && alreadyHas(document, message.update)) return;
    if (connection.readOnly) {
      // Hocuspocus drops the update and tells the client it was not synced; the log says who tried.
      record({
        event: 'refused',
        reason: 'read-only',
        document: documentName,
        ...holderFields(holder),
      });
      return;
    }
    try {
      await updates.store(holder, document, documentName, data, message.update);
    } catch (error) {
      // Not stored, so not acknowledged. Closing the whole socket (not only this document, which the provider
      // would not reopen) makes the page reconnect and send the change again, until the store takes it.
      warn(
        `Document "${documentName}": a change could not be stored (${(error as Error).message}).`,
      );
      connection.webSocket.close(STORE_UNAVAILABLE.code, STORE_UNAVAILABLE.reason);
      throw STORE_UNAVAILABLE;
    }
  };
}
