/**
 * Each connection's WebSocket, found by its upgrade request and by Hocuspocus's socket id: some hooks are given
 * only those, and the server must sometimes close the whole socket (so that the page reconnects) rather than the
 * one document Hocuspocus would close.
 */
import type { IncomingMessage as HttpRequest } from 'node:http';

interface Socket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

export function createSocketRegistry() {
  const byRequest = new WeakMap<HttpRequest, Socket>();
  const byId = new Map<string, Socket>();
  return {
    /** A new WebSocket, known by its upgrade request until Hocuspocus names it. */
    accepted(socket: Socket, request: HttpRequest): void {
      byRequest.set(request, socket);
      socket.once('close', () => {
        for (const [id, known] of byId) if (known === socket) byId.delete(id);
      });
    },
    /** Hocuspocus's socket id for the connection of that request. */
    named(request: HttpRequest, socketId: string): void {
      const socket = byRequest.get(request);
      if (socket) byId.set(socketId, socket);
    },
    close(socketId: string, code: number, reason: string): void {
      byId.get(socketId)?.close(code, reason);
    },
  };
}
