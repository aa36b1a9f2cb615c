import { describe, expect, it } from 'vitest';
import {
  openPrerequisites,
  overrideReason,
  parseWaits,
  withOverride,
} from '../../../src/lib/checklist/checklist-order.ts';
import { deriveItem } from '../../../src/lib/checklist/checklist-item.ts';
import { describeItemStateText } from '../../../src/lib/item-state/describe.ts';
import { signNow, tick } from '../../../src/lib/item-state/item-state.ts';

const ITEMS = [
  'Deployment window scheduled (if needed)',
  'Deploy to staging and run smoke tests (QA Lead signs off)',
  'Deploy to production (automated pipeline preferred)',
  'Customer communication sent (Customer Success for customer-facing changes)',
  'Documentation live and accessible (Technical Writer confirms)',
].map((text) => deriveItem(text, []));
const [WINDOW, STAGING, PRODUCTION, CUSTOMERS, DOCS] = ITEMS as [
  (typeof ITEMS)[number],
  (typeof ITEMS)[number],
  (typeof ITEMS)[number],
  (typeof ITEMS)[number],
  (typeof ITEMS)[number],
];
const PRE_RELEASE = {
  id: 'pre-release',
  title: 'Pre-release requirements',
  items: [{ id: 'ci' }, { id: 'notes' }, { id: 'comms', condition: 'customer-facing' as const }],
};
const DONE = { status: 'done' as const, at: '2026-12-01T10:00:00.000Z' };
const CUSTOMER_FACING = { customerFacing: true };

describe('the order a writer declares', () => {
  it('reads items by the start of their words or their id, and checklists by id', () => {
    expect(
      parseWaits('Deploy to production: Deploy to staging, pre-release', ITEMS, ['pre-release']),
    ).toEqual({
      [PRODUCTION.id]: { items: [STAGING.id], checklists: ['pre-release'] },
    });
    expect(
      parseWaits(
        ` documentation LIVE : ${PRODUCTION.id} ; Deploy to production:Deploy   to staging`,
        ITEMS,
        [],
      ),
    ).toEqual({
      [DOCS.id]: { items: [PRODUCTION.id], checklists: [] },
      [PRODUCTION.id]: { items: [STAGING.id], checklists: [] },
    });
    expect(parseWaits('  ', ITEMS, [])).toEqual({});
  });

  it.each([
    ['Deploy to production Deploy to staging', 'needs the item, a colon'],
    ['Deploy: Deployment window', '"Deploy" could be any of'],
    ['Deploy to production: Rollback plan', '"Rollback plan" is not an item of this checklist'],
    ['Deploy to production: pre-release', '"pre-release" is not an item'],
    ['Deploy to production: Deploy to production', 'cannot wait for itself'],
    ['Deploy to production: ', 'waits for nothing'],
    [
      'Deploy to production: Deploy to staging; Deploy to production: Deployment window',
      'is given twice',
    ],
  ])('refuses %j with a message that says what is wrong', (text, message) => {
    expect(() => parseWaits(text, ITEMS, [])).toThrow(message);
  });

  it('lists what is still open: items, then incomplete checklists with their count', () => {
    const waits = { items: [WINDOW.id, STAGING.id], checklists: ['pre-release'] };
    expect(
      openPrerequisites(
        waits,
        ITEMS,
        {},
        [{ ...PRE_RELEASE, states: { ci: DONE } }],
        CUSTOMER_FACING,
      ),
    ).toEqual([
      'Deployment window scheduled (if needed)',
      'Deploy to staging and run smoke tests (QA Lead signs off)',
      'Pre-release requirements (2 open)',
    ]);
    // Done and N/A settle an item; an internal run settles customer-facing items by itself.
    const settled = {
      [WINDOW.id]: { status: 'na' as const, reason: 'No window needed' },
      [STAGING.id]: DONE,
    };
    expect(
      openPrerequisites(
        waits,
        ITEMS,
        settled,
        [{ ...PRE_RELEASE, states: { ci: DONE, notes: DONE } }],
        { customerFacing: false },
      ),
    ).toEqual([]);
    expect(
      openPrerequisites(
        waits,
        ITEMS,
        settled,
        [{ ...PRE_RELEASE, states: { ci: DONE, notes: DONE } }],
        CUSTOMER_FACING,
      ),
    ).toEqual(['Pre-release requirements (1 open)']);
  });

  it('waits for nothing when the item declares nothing, or names what this page cannot see', () => {
    expect(openPrerequisites(undefined, ITEMS, {}, [], CUSTOMER_FACING)).toEqual([]);
    expect(
      openPrerequisites(
        { items: ['gone'], checklists: ['elsewhere'] },
        ITEMS,
        {},
        [],
        CUSTOMER_FACING,
      ),
    ).toEqual([]);
    expect(
      openPrerequisites({ items: [CUSTOMERS.id], checklists: [] }, ITEMS, {}, [], {
        customerFacing: false,
      }),
    ).toEqual([]);
  });

  it('records an override with the tick, and the row and the export say it', () => {
    const ticked = tick(
      undefined,
      signNow('Dana (Release Manager)', new Date('2026-12-01T14:02:00Z')),
    );
    const open = [
      'Deploy to staging and run smoke tests (QA Lead signs off)',
      'Pre-release requirements (2 open)',
    ];
    const overridden = withOverride(ticked, open);
    expect(overridden).toEqual({
      ...ticked,
      reason:
        'Ticked while open: Deploy to staging and run smoke tests (QA Lead signs off); Pre-release requirements (2 open)',
    });
    expect(describeItemStateText(overridden, () => '14:02 UTC')).toBe(
      'Done 14:02 UTC by Dana (Release Manager) · Ticked while open: Deploy to staging and run smoke tests (QA Lead signs off); Pre-release requirements (2 open)',
    );
    expect(withOverride(ticked, [])).toBe(ticked);
    // A later tick is signed afresh: the override belonged to the tick it was made with.
    expect(tick(overridden, signNow('Lee'))).not.toHaveProperty('reason');
    expect(overrideReason(['x'.repeat(3000)])).toHaveLength(2000);
  });
});
