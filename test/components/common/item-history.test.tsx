// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ItemHistory } from '../../../src/components/islands/common/ItemHistory.tsx';
import { historyKey, UNCONFIRMED } from '../../../src/lib/team/history-text.ts';
import { setItemHistories } from '../../../src/stores/team-status.ts';

const base = { list: 'deployment', item: 'staging', seq: 1 };
const now = new Date('2026-11-26T12:00:00.000Z');

afterEach(() => setItemHistories('run:1', {}));

describe('ItemHistory', () => {
  it('names whom the server witnessed, shows both times of an offline action, and says what it has not confirmed', () => {
    act(() =>
      setItemHistories('run:1', {
        [historyKey('deployment', 'staging')]: [
          {
            ...base,
            id: 'a.1',
            action: 'done',
            at: '2026-11-26T10:02:00.000Z',
            by: 'Alex (CTO)',
            witness: { name: 'Lee', role: 'QA Lead', receivedAt: '2026-11-26T10:02:00.300Z' },
          },
          {
            ...base,
            id: 'a.2',
            seq: 2,
            action: 'reopen',
            at: '2026-11-26T10:05:00.000Z',
            by: 'Sam',
            witness: { name: 'Sam', receivedAt: '2026-11-26T10:40:00.000Z' },
          },
          {
            ...base,
            id: 'a.3',
            seq: 3,
            action: 'done',
            at: '2026-11-26T11:00:00.000Z',
            by: 'Dana',
            witness: UNCONFIRMED,
          },
        ],
      }),
    );
    render(<ItemHistory documentName="run:1" list="deployment" item="staging" now={now} />);
    const lines = screen.getAllByRole('listitem').map((line) => line.textContent ?? '');
    expect(lines[0]).toMatch(/^Done — Lee \(QA Lead\), /);
    expect(lines[0]).not.toContain('Alex');
    expect(lines[1]).toMatch(/^Reopened — Sam, made .+ offline, received .+$/);
    expect(lines[2]).toMatch(/^Done — Dana, .+ · not yet confirmed by the server$/);
    expect(lines[0]).not.toContain('confirmed');
  });
});
