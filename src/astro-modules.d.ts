// For the plain TypeScript compiler (`tsc` in `npm run check`), which does not read .astro files;
// `astro check` type-checks them itself.
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}

interface ImportMetaEnv {
  /** The team's sync server (`SYNC_URL` at build time), or '' in a local-only build. */
  readonly SYNC_URL: string;
  /** The identity provider's issuer (`SYNC_OIDC_ISSUER`), or '' in a build without sign-in; likewise the rest. */
  readonly SYNC_OIDC_ISSUER: string;
  readonly SYNC_OIDC_CLIENT_ID: string;
  readonly SYNC_OIDC_SCOPES: string;
  /** What "Sign in with …" names: `SYNC_OIDC_NAME`, else the issuer's host. */
  readonly SYNC_OIDC_NAME: string;
}

/** The repository's checked address (REPO_URL at build time), or '' without one: see astro.config.mjs. */
declare const __REPO_URL__: string;
