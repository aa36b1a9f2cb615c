// Every e2e file reads the root and sub-path builds, which the run's global setup builds while other
// tests run: a file starts once both are there (or fails with the build's output).
import { siteReady } from './site-variants.mjs';

await Promise.all([siteReady('root'), siteReady('sub-path')]);
