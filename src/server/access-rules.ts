/**
 * The identity-provider settings (SYNC_OIDC_ISSUER, SYNC_OIDC_CLIENT_ID, SYNC_OIDC_GROUPS_CLAIM) and the access
 * rules file (SYNC_ACCESS_FILE) that maps a verified token's claims to a role and an access. Without
 * SYNC_OIDC_ISSUER nothing here applies. A rules file that does not check is refused with the rule and the field,
 * at start (the server does not start) and on a reload (the previous rules stay in force).
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import type { AccessRule } from '../lib/team/claim-rules.ts';
import { ConfigError, readJsonFile } from './config.ts';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  groupsClaim: string;
  accessFile: string;
}

/** The identity-provider settings, or undefined when SYNC_OIDC_ISSUER is not set. */
export function readOidcConfig(
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): OidcConfig | undefined {
  const issuer = env.SYNC_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigError('SYNC_OIDC_ISSUER is not a URL (expected https://…).');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new ConfigError('SYNC_OIDC_ISSUER must start with https:// (http:// only on loopback).');
  const clientId = env.SYNC_OIDC_CLIENT_ID?.trim();
  if (!clientId)
    throw new ConfigError(
      'SYNC_OIDC_CLIENT_ID is not set: the client id registered at the identity provider (the tokens’ audience).',
    );
  const accessFile = env.SYNC_ACCESS_FILE?.trim();
  if (!accessFile)
    throw new ConfigError(
      'SYNC_ACCESS_FILE is not set: with SYNC_OIDC_ISSUER, a rules file says who gets which access, e.g. ' +
        '{ "rules": [ { "group": "release-managers", "role": "Release Manager", "access": "read-write" } ] }.',
    );
  return {
    issuer,
    clientId,
    groupsClaim: env.SYNC_OIDC_GROUPS_CLAIM?.trim() || 'groups',
    accessFile: resolve(cwd, accessFile),
  };
}

const label = z.string().trim().min(1, 'must not be empty').max(100);

const RuleSchema = z
  .object({
    group: label.optional(),
    emailDomain: z
      .string()
      .trim()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a domain such as example.com')
      .optional(),
    role: label.optional(),
    access: z.enum(['read-write', 'read-only']),
  })
  .strict()
  .refine((rule) => rule.group !== undefined || rule.emailDomain !== undefined, {
    message: 'needs "group" or "emailDomain" (a rule that matches everyone is not allowed)',
  });

const AccessFileSchema = z.object({ rules: z.array(RuleSchema) }).strict();

/** Reads and checks the access rules file; throws a ConfigError naming the file, the rule and the field. */
export function loadAccessRulesFile(file: string): AccessRule[] {
  const json = readJsonFile(file, 'Access rules file');
  const result = AccessFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(({ path, message }) => {
      const [, index, ...rest] = path;
      const where =
        typeof index === 'number'
          ? `rule ${index + 1}${rest.length ? `, "${rest.join('.')}"` : ''}`
          : 'the file must hold { "rules": [ … ] }';
      return `${where}: ${message}`;
    });
    throw new ConfigError(`Access rules file ${file}:\n  ${problems.join('\n  ')}`);
  }
  return result.data.rules.map((rule) => ({ ...rule }) as AccessRule);
}
