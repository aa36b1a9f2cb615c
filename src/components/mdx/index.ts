// The components writers can use in any MDX page without importing them.
import Checklist from './Checklist.astro';

export const mdxComponents = { Checklist };
