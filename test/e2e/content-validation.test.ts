// A writer's mistake in frontmatter fails the build with a message that names the file and the field.
// The broken copy is a site variant (site-variants.mjs), built in the background while other tests run.
import { expect, it } from 'vitest';
import { BUILD_WAIT, buildFailure } from '../support/site-variants.mjs';

it(
  'fails the build on a broken frontmatter, naming the file and the field',
  async () => {
    const failure = await buildFailure('broken-frontmatter');
    expect(failure, 'the build should fail').toBeDefined();
    expect(failure).toMatch(/guide\/pre-release/);
    expect(failure).toMatch(/section/);
    expect(failure).toMatch(/guide.*playbook.*templates/s);
  },
  BUILD_WAIT,
);
