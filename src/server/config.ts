/**
 * The sync server's settings, read from the environment and the tokens file at start. Anything wrong stops
 * the server before it listens, with a message that names the variable or file and the problem: a server that
 * started with half its tokens would refuse people for no visible reason.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { TeamIdentity } from '../lib/team/identity-message.ts';

export class ConfigError extends Error {}

/** A settings file's JSON; throws a ConfigError that says which file ("Tokens file …") and why it could not be read. */
export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'the file does not exist'
        : `it cannot be read (${code ?? String(error)})`;
    throw new ConfigError(`${what} ${file}: ${why}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${what} ${file}: not valid JSON (${(error as Error).message}).`);
  }
}

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Optional only when people sign in with the identity provider (SYNC_OIDC_ISSUER). */
  tokensFile?: string;
  auditLogFile: string;
  databaseUrl?: string;
  redisUrl?: string;
  redisPrefix?: string;
  /** SYNC_WEBHOOKS_FILE: where the team's events are posted (webhooks-config.ts). */
  webhooksFile?: string;
}

/** A URL setting of one of the given schemes, or undefined when unset. */
function urlSetting(env: NodeJS.ProcessEnv, name: string, schemes: string[]): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  let scheme: string;
  try {
    scheme = new URL(value).protocol.replace(/:$/, '');
  } catch {
    throw new ConfigError(`${name} is not a URL (expected ${schemes[0]}://…).`);
  }
  if (!schemes.includes(scheme))
    throw new ConfigError(`${name} must start with ${schemes.map((s) => `${s}://`).join(' or ')}.`);
  return value;
}

/** PostgreSQL and Redis, when set: several instances share documents and live changes through them. */
function sharedSettings(env: NodeJS.ProcessEnv) {
  const databaseUrl = urlSetting(env, 'SYNC_DATABASE_URL', ['postgres', 'postgresql']);
  const redisUrl = urlSetting(env, 'SYNC_REDIS_URL', ['redis', 'rediss']);
  // Instances that share live changes must share one store, or each would keep only its own clients' changes.
  if (redisUrl && !databaseUrl)
    throw new ConfigError(
      'SYNC_REDIS_URL needs SYNC_DATABASE_URL: instances that share changes must share one store.',
    );
  const redisPrefix = env.SYNC_REDIS_PREFIX?.trim();
  if (redisPrefix !== undefined && !/^[\w.:-]{1,100}$/.test(redisPrefix))
    throw new ConfigError('SYNC_REDIS_PREFIX may hold letters, digits and . : - _ (at most 100).');
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(redisUrl ? { redisUrl } : {}),
    ...(redisPrefix ? { redisPrefix } : {}),
  };
}

export function readServerConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const host = env.SYNC_HOST?.trim() || '127.0.0.1';
  const portText = env.SYNC_PORT?.trim() || '1234';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(`SYNC_PORT must be a port number from 0 to 65535, not "${portText}".`);
  }
  const tokensFile = env.SYNC_TOKENS_FILE?.trim();
  if (!tokensFile && !env.SYNC_OIDC_ISSUER?.trim()) {
    throw new ConfigError(
      'SYNC_TOKENS_FILE is not set: point it at a JSON file listing the tokens, e.g. ' +
        '[{ "token": "…", "name": "Dana", "role": "QA Lead", "access": "read-write" }].',
    );
  }
  const dataDir = resolve(cwd, env.SYNC_DATA_DIR?.trim() || '.sync-data');
  const auditLogFile = resolve(cwd, env.SYNC_AUDIT_LOG?.trim() || resolve(dataDir, 'audit.jsonl'));
  return {
    host,
    port,
    dataDir,
    ...(tokensFile ? { tokensFile: resolve(cwd, tokensFile) } : {}),
    auditLogFile,
    ...(env.SYNC_WEBHOOKS_FILE?.trim()
      ? { webhooksFile: resolve(cwd, env.SYNC_WEBHOOKS_FILE.trim()) }
      : {}),
    ...sharedSettings(env),
  };
}

const MIN_TOKEN_LENGTH = 16;

const TokenEntrySchema = z
  .object({
    token: z
      .string()
      .min(
        MIN_TOKEN_LENGTH,
        `must be at least ${MIN_TOKEN_LENGTH} characters (a long random string)`,
      ),
    name: z.string().trim().min(1, 'must not be empty').max(100),
    role: z.string().trim().min(1, 'must not be empty when given').max(100).optional(),
    access: z.enum(['read-write', 'read-only']),
  })
  .strict();

const TokensFileSchema = z.array(TokenEntrySchema);

export interface TokenHolder extends TeamIdentity {
  token: string;
}

/** Reads and checks the tokens file; throws a ConfigError naming the file, the entry and the field. */
export function loadTokensFile(file: string): TokenHolder[] {
  const json = readJsonFile(file, 'Tokens file');
  const result = TokensFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${describePath(issue.path, json)}: ${issue.message}`,
    );
    throw new ConfigError(`Tokens file ${file}:\n  ${problems.join('\n  ')}`);
  }
  if (result.data.length === 0)
    throw new ConfigError(`Tokens file ${file}: the list is empty, nobody could connect.`);
  const seen = new Map<string, number>();
  result.data.forEach((entry, index) => {
    const first = seen.get(entry.token);
    if (first !== undefined) {
      throw new ConfigError(
        `Tokens file ${file}: entries ${first + 1} and ${index + 1} have the same token.`,
      );
    }
    seen.set(entry.token, index);
  });
  return result.data.map(({ token, name, role, access }) =>
    role === undefined ? { token, name, access } : { token, name, role, access },
  );
}

/** "entry 2 (Dana), access" for a zod path [1, 'access']; entries are counted from 1 as people count them. */
function describePath(path: (string | number)[], json: unknown): string {
  if (path.length === 0) return 'the file must hold a JSON array of token entries';
  const [index, ...rest] = path;
  if (typeof index !== 'number') return path.join('.');
  const entry = Array.isArray(json) ? (json[index] as { name?: unknown } | undefined) : undefined;
  const who = typeof entry?.name === 'string' && entry.name.trim() ? ` (${entry.name.trim()})` : '';
  return `entry ${index + 1}${who}${rest.length ? `, "${rest.join('.')}"` : ''}`;
}
