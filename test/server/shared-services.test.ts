// The tests of several instances on a machine without PostgreSQL, Redis or nginx: skipped with one line that says
// how to run them, except on CI (CI=true), where the same absence fails them.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { missingServices } from '../support/shared-services.mjs';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the services the tests of several instances need', () => {
  it('name what is missing in one line that says how to run the tests, which then skip', async () => {
    const port = await closedPort();
    const line = await missingServices({
      nginx: true,
      postgresUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
      nginxPath: '/nonexistent/nginx',
      ci: false,
    });
    expect(line).toMatch(
      /^Skipped: no PostgreSQL \(TEST_POSTGRES_URL\), .*nginx \(NGINX_PATH\) here; /,
    );
    expect(line).toMatch(/start them on their standard local ports \(or set the variables\)/);
  });

  it('fail instead on CI', async () => {
    const port = await closedPort();
    await expect(
      missingServices({ redisUrl: `redis://127.0.0.1:${port}`, ci: true }),
    ).rejects.toThrow(/^CI=true and no .*Redis \(TEST_REDIS_URL\) here/);
  });
});
