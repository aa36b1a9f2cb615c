/**
 * The API for CI on the sync server's own port (`/api/v1/…`): the pipeline is a member of the release team that
 * cannot tick a box, so it gets one, with the same tokens as the pages (`Authorization: Bearer <token>`).
 * Read-only tokens read; only read-write tokens write. JSON in and out, errors as `{ error, message, … }`, and
 * every request in the audit log (who, what, which run, the answer's status).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CatalogChecklist } from '../lib/checklist/checklist-catalog.ts';
import {
  apiError,
  parseCreateRun,
  parseItemAction,
  parseRequired,
  type ApiError,
} from '../lib/team/api-requests.ts';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { runDocumentName } from '../lib/team/team-documents.ts';
import type { ApiDocuments } from './api-documents.ts';
import type { AuditEntry } from './audit-log.ts';
import { pipelineRuns, type ApiAnswer } from './pipeline-runs.ts';
import type { TokenRegistry } from './token-registry.ts';

export const API_PREFIX = '/api/v1/';
/** Request bodies over this are refused (413) before they are read further. */
export const MAX_API_BODY_BYTES = 64 * 1024;

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_API_BODY_BYTES)
    return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_API_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const bearer = (request: IncomingMessage) =>
  /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];

const failed = ({ status, ...body }: ApiError): ApiAnswer => ({ status, body });

export interface PipelineApiOptions {
  tokens: TokenRegistry;
  documents: ApiDocuments;
  catalog: readonly CatalogChecklist[];
  record: (entry: AuditEntry) => void;
}

export function createPipelineApi({ tokens, documents, catalog, record }: PipelineApiOptions) {
  const runs = pipelineRuns(documents, catalog);

  async function route(
    request: IncomingMessage,
    path: string[],
    search: URLSearchParams,
    holder: TeamIdentity,
  ): Promise<ApiAnswer> {
    const method = request.method ?? 'GET';
    const writes = method === 'POST';
    if (writes && holder.access !== 'read-write')
      return failed(apiError(403, 'read-only', `The token of ${holder.name} may read, not write.`));
    const body = writes ? await readBody(request) : '';
    const [root, ref, part, checklistId, itemId, ...rest] = path;
    if (root !== 'runs' || rest.length > 0) return notFound();
    if (ref === undefined) {
      if (method === 'GET') return runs.list();
      if (!writes) return notAllowed('GET, POST');
      const input = parseCreateRun(body);
      return input.ok ? runs.create(holder, input.value) : failed(input.error);
    }
    if (part === undefined) return method === 'GET' ? runs.read(ref) : notAllowed('GET');
    if (part === 'gate' && checklistId === undefined)
      return method === 'GET' ? runs.gate(ref, parseRequired(search)) : notAllowed('GET');
    if (part !== 'items' || checklistId === undefined || itemId === undefined) return notFound();
    if (!writes) return notAllowed('POST');
    const action = parseItemAction(body);
    return action.ok
      ? runs.act(holder, ref, checklistId, itemId, action.value)
      : failed(action.error);
  }

  const notFound = () =>
    failed(
      apiError(404, 'not-found', 'No such endpoint: see the README section "From CI".', {
        endpoints: [
          'GET /api/v1/runs',
          'POST /api/v1/runs',
          'GET /api/v1/runs/{run}',
          'POST /api/v1/runs/{run}/items/{checklist}/{item}',
          'GET /api/v1/runs/{run}/gate?require=…',
        ],
      }),
    );
  const notAllowed = (allowed: string) =>
    failed(apiError(405, 'method-not-allowed', `Use ${allowed} here.`, { allowed }));

  async function answer(
    request: IncomingMessage,
    url: URL,
  ): Promise<ApiAnswer & { holder?: TeamIdentity }> {
    const token = bearer(request);
    const holder = token ? tokens.find(token) : undefined;
    if (!holder)
      return failed(
        apiError(
          401,
          token ? 'unknown-token' : 'no-token',
          'Send a team token as "Authorization: Bearer <token>".',
        ),
      );
    let path: string[];
    try {
      path = url.pathname
        .slice(API_PREFIX.length)
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent);
    } catch {
      return {
        ...failed(apiError(400, 'invalid-path', 'The path is not valid URL encoding.')),
        holder,
      };
    }
    try {
      return { ...(await route(request, path, url.searchParams, holder)), holder };
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return {
          ...failed(
            apiError(
              413,
              'body-too-large',
              `Request bodies are limited to ${MAX_API_BODY_BYTES / 1024} KB.`,
            ),
          ),
          holder,
        };
      const reason = (error as { reason?: unknown } | null)?.reason;
      if (typeof reason === 'string')
        return {
          ...failed(
            apiError(422, 'refused', `The server refused the change (${reason}).`, { reason }),
          ),
          holder,
        };
      throw error;
    }
  }

  return {
    /** Answers a request under `/api/v1/`; false for any other path (Hocuspocus or another hook answers it). */
    async handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(API_PREFIX) && url.pathname !== API_PREFIX.slice(0, -1))
        return false;
      let result: ApiAnswer & { holder?: TeamIdentity };
      try {
        result = await answer(request, url);
      } catch (error) {
        result = failed(
          apiError(
            503,
            'unavailable',
            `The server could not answer: ${(error as Error).message}. Try again.`,
          ),
        );
      }
      const { status, body, run, holder } = result;
      record({
        event: 'api',
        kind: `${request.method ?? 'GET'} ${url.pathname}`.slice(0, 300),
        reason: String(status),
        ...(run ? { document: runDocumentName(run) } : {}),
        ...(holder
          ? {
              name: holder.name,
              ...(holder.role ? { role: holder.role } : {}),
              access: holder.access,
            }
          : {}),
        address: request.socket.remoteAddress,
      });
      response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        ...(status === 413 ? { Connection: 'close' } : {}),
      });
      response.end(`${JSON.stringify(body)}\n`);
      return true;
    },
  };
}
