import { describe, expect, it } from 'vitest';
import { extractPlaybookFromHtml } from '../../../src/lib/incident/extract-playbook.ts';
import { decisionDoneLabel, isCustomerSuccessStep } from '../../../src/lib/incident/playbook.ts';
import { ROLES } from '../../fixtures/release-work.ts';
import { PLAYBOOK, PLAYBOOK_HTML } from '../../fixtures/playbook.ts';

describe('extractPlaybookFromHtml', () => {
  it('takes the parent line as the trigger and the leaf items as steps, with owners from the roles', () => {
    expect(PLAYBOOK.trigger).toBe('If a deployment fails or causes a critical issue:');
    expect(PLAYBOOK.steps.map((step) => [step.text, step.owners, step.decision ?? false])).toEqual([
      [
        'Trigger incident response and notify on-call (Release Manager coordinates)',
        ['release-manager'],
        false,
      ],
      [
        'Notify Customer Success immediately for customer-impacting issues',
        ['customer-success'],
        false,
      ],
      [
        'Rollback to last known-good release if necessary (Release Manager executes)',
        ['release-manager'],
        true,
      ],
      [
        'Triage root cause and capture action items (PM facilitates, Scrum Master tracks follow-ups)',
        ['pm', 'scrum-master'],
        false,
      ],
      [
        'Update customers on status and resolution (Customer Success communicates)',
        ['customer-success'],
        false,
      ],
    ]);
    expect(PLAYBOOK.steps[0]!.id).toBe(
      'trigger-incident-response-and-notify-on-call-release-manager-coordinates',
    );
  });

  it('reads a flat list too, without a trigger', () => {
    const playbook = extractPlaybookFromHtml(
      '<ul><li>Page the on-call engineer</li><li>Roll back if necessary</li></ul>',
      ROLES,
    );
    expect(playbook.trigger).toBeUndefined();
    expect(playbook.steps.map((step) => step.decision ?? false)).toEqual([false, true]);
  });

  it('fails like a checklist does on a mistake in the content', () => {
    expect(() => extractPlaybookFromHtml('<p>No list here.</p>', ROLES)).toThrow(/has no items/);
    expect(() =>
      extractPlaybookFromHtml(
        PLAYBOOK_HTML.replace('Triage root cause', 'Trigger incident response'),
        ROLES,
      ),
    ).not.toThrow();
    expect(() =>
      extractPlaybookFromHtml('<ul><li>Call it</li><li>Call it!</li></ul>', ROLES),
    ).toThrow(/same id "call-it"/);
  });
});

describe('step kinds', () => {
  it('knows the Customer Success steps and names the outcome of a decision', () => {
    expect(PLAYBOOK.steps.filter(isCustomerSuccessStep).map((step) => step.text)).toEqual([
      'Notify Customer Success immediately for customer-impacting issues',
      'Update customers on status and resolution (Customer Success communicates)',
    ]);
    expect(decisionDoneLabel(PLAYBOOK.steps[2]!)).toBe('Rolled back');
    expect(decisionDoneLabel({ text: 'Fail over to the standby region if necessary' })).toBe(
      'Done',
    );
  });
});
