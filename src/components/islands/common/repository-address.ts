// The repository's address, given at build time as REPO_URL (checked by astro.config.mjs) and
// written into the code as a constant. Empty without it: the build then drops the links to GitHub
// together with the code that makes them. Outside a build (component tests) it is empty too.
export const REPO_URL: string = typeof __REPO_URL__ === 'string' ? __REPO_URL__ : '';
