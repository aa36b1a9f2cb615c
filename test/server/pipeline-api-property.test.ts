// fast-check: any sequence of API and page actions on one item ends in the same state for the API, for a page's
// replica, and as the same actions made in pages alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  markItemNotApplicable,
  readItem,
  tickItem,
  untickItem,
} from '../../src/lib/team/run-document.ts';
import { holders, waitFor } from '../support/sync-server.mjs';
import { useSyncServer } from './server-harness.ts';

const harness = useSyncServer();
const ITEM = 'backup-or-snapshot-if-applicable';

type Step = { by: 'api' | 'page'; action: 'done' | 'reopen' | 'na' };

function inPage(doc: Y.Doc, action: Step['action']) {
  const signature = { at: new Date().toISOString(), by: 'Sam (Release Manager)' };
  if (action === 'done') tickItem(doc, 'deployment', ITEM, signature);
  else if (action === 'reopen') untickItem(doc, 'deployment', ITEM, signature);
  else markItemNotApplicable(doc, 'deployment', ITEM, 'No database change', signature);
}

describe('API and page actions on one item', () => {
  it('end in the same state everywhere as the same actions made in pages', async () => {
    const server = await harness.start();
    const base = `http://127.0.0.1:${server.port}/api/v1`;
    const auth = { Authorization: `Bearer ${holders.dana.token}` };
    let version = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            by: fc.constantFrom('api' as const, 'page' as const),
            action: fc.constantFrom('done' as const, 'reopen' as const, 'na' as const),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (steps: Step[]) => {
          version += 1;
          const created = await fetch(`${base}/runs`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ version: `1.0.${version}` }),
          });
          const { id } = (await created.json()) as { id: string };
          const page = harness.client(`run:${id}`, holders.sam.token);
          await page.authenticated;
          await page.synced();
          const reference = new Y.Doc();
          for (const step of steps) {
            inPage(reference, step.action);
            if (step.by === 'page') {
              inPage(page.document, step.action);
              await page.synced();
            } else {
              const count = page.document.getArray('itemActions').length;
              const answer = await fetch(`${base}/runs/${id}/items/deployment/${ITEM}`, {
                method: 'POST',
                headers: auth,
                body: JSON.stringify({
                  action: step.action,
                  ...(step.action === 'na' ? { reason: 'No database change' } : {}),
                }),
              });
              expect(answer.status).toBe(200);
              await waitFor(
                () => page.document.getArray('itemActions').length > count,
                'the API action in the page',
              );
            }
          }
          const expected = readItem(reference, 'deployment', ITEM);
          const inPageNow = readItem(page.document, 'deployment', ITEM);
          const read = await fetch(`${base}/runs/${id}`, { headers: auth });
          const detail = (await read.json()) as {
            checklists: { id: string; items: { id: string; state: string; reason?: string }[] }[];
          };
          const fromApi = detail.checklists
            .find((checklist) => checklist.id === 'deployment')!
            .items.find((item) => item.id === ITEM)!;
          expect(inPageNow?.status).toBe(expected?.status);
          expect(inPageNow?.reason).toBe(expected?.reason);
          expect(fromApi.state).toBe(expected?.status);
          expect(fromApi.reason).toBe(expected?.reason);
          page.close();
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);
});
