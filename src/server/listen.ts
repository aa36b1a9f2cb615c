/**
 * Listens on the configured host only. Not `server.listen()` of Hocuspocus: in Hocuspocus 3.4 it hands the host to
 * Node as `address`, a key Node's listen() ignores, so the server would listen on every interface whatever
 * SYNC_HOST says.
 */
import type { Server as HttpServer } from 'node:http';

export function listenOn(httpServer: HttpServer, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ host, port }, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
}
