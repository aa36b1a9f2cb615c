/**
 * Who a verified identity-provider token makes its holder: the access rules map a token's claims (its groups, the
 * domain of its email) to a role and an access, first match wins, and a token no rule matches is refused. Kept
 * pure so that the server and its tests decide the same way, and so that a rules file can be checked before it
 * replaces the one in force.
 */
import type { TeamAccess, TeamIdentity } from './identity-message.ts';

/** One rule: a group or an email domain (or both, then both must hold), and what it grants. */
export interface AccessRule {
  group?: string;
  emailDomain?: string;
  role?: string;
  access: TeamAccess;
}

/** The claims the rules read, already verified. */
export type VerifiedClaims = Record<string, unknown>;

const NAME_LIMIT = 100;

/** The groups a token carries in `groupsClaim`: a list of strings, or one string; anything else is no group. */
export function groupsOf(claims: VerifiedClaims, groupsClaim: string): string[] {
  const value = claims[groupsClaim];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value))
    return value.filter((group): group is string => typeof group === 'string');
  return [];
}

/** The domain of a verified email, lower-cased; an email the provider marks unverified counts as none. */
export function emailDomainOf(claims: VerifiedClaims): string | undefined {
  const { email } = claims;
  if (typeof email !== 'string' || claims.email_verified === false) return undefined;
  const at = email.lastIndexOf('@');
  return at > 0 ? email.slice(at + 1).toLowerCase() : undefined;
}

/** The first rule the claims match, or undefined (the token is refused). */
export function matchRule(
  rules: readonly AccessRule[],
  claims: VerifiedClaims,
  groupsClaim: string,
): AccessRule | undefined {
  const groups = groupsOf(claims, groupsClaim);
  const domain = emailDomainOf(claims);
  return rules.find(
    (rule) =>
      (rule.group === undefined || groups.includes(rule.group)) &&
      (rule.emailDomain === undefined || rule.emailDomain.toLowerCase() === domain) &&
      (rule.group !== undefined || rule.emailDomain !== undefined),
  );
}

/** The name shown and written in the audit log: `name`, else `email`, else the subject. */
export function displayNameOf(claims: VerifiedClaims): string {
  for (const key of ['name', 'email', 'sub']) {
    const value = claims[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, NAME_LIMIT);
  }
  return 'unnamed';
}

/** The holder the claims make under the rules, or undefined when no rule matches. */
export function identityFromClaims(
  rules: readonly AccessRule[],
  claims: VerifiedClaims,
  groupsClaim: string,
): TeamIdentity | undefined {
  const rule = matchRule(rules, claims, groupsClaim);
  if (!rule) return undefined;
  const name = displayNameOf(claims);
  return rule.role === undefined
    ? { name, access: rule.access }
    : { name, role: rule.role.slice(0, NAME_LIMIT), access: rule.access };
}
