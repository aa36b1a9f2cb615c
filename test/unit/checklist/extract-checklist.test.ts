import { describe, expect, it } from 'vitest';
import { deriveItem, detectCondition } from '../../../src/lib/checklist/checklist-item.ts';
import {
  extractChecklistFromHtml,
  extractChecklistFromMarkdown,
  findComponentBlocks,
} from '../../../src/lib/checklist/extract-checklist.ts';
import { slugify } from '../../../src/lib/checklist/slugify.ts';
import { findRoles } from '../../../src/lib/roles/roles.ts';
import { ROLES } from '../../fixtures/release-work.ts';

const DEPLOYMENT_MARKDOWN = `_Release Manager coordinates; PM and Tech Lead support_

- [ ] Deployment window scheduled (if needed)
- [ ] Deploy to staging and run smoke tests (QA Lead signs off)
- [ ] Customer communication sent (Customer Success for customer-facing changes)
`;

describe('slugify', () => {
  it.each([
    [
      'Deploy to staging and run smoke tests (QA Lead signs off)',
      'deploy-to-staging-and-run-smoke-tests-qa-lead-signs-off',
    ],
    [
      'Rollback / mitigation plan documented (Release Manager)',
      'rollback-mitigation-plan-documented-release-manager',
    ],
    ['  Déjà vu — “quoted”  ', 'deja-vu-quoted'],
    [
      'Release notes drafted (Technical Writer with input from PM/PdM)',
      'release-notes-drafted-technical-writer-with-input-from-pm-pdm',
    ],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));

  it('is stable: the same text gives the same id, and other wording another id', () => {
    const text = 'Passing CI and security scans';
    expect(slugify(text)).toBe(slugify(text));
    expect(slugify('Passing CI and security scan')).not.toBe(slugify(text));
  });
});

describe('findRoles', () => {
  const names = (text: string) => findRoles(text, ROLES).map((role) => role.name);

  it('finds whole role names, case-sensitively', () => {
    expect(names('Release notes drafted (Technical Writer with input from PM/PdM)')).toEqual([
      'Technical Writer',
      'PM',
      'PdM',
    ]);
    expect(names('Triage root cause (PM facilitates, Scrum Master tracks follow-ups)')).toEqual([
      'PM',
      'Scrum Master',
    ]);
    expect(names('Run npm install at 5 pm')).toEqual([]);
    expect(names('Passing CI and security scans')).toEqual([]);
  });
});

describe('deriveItem', () => {
  it('takes owners from the text, else from the owner line', () => {
    const ownerLine = 'Release Manager coordinates; PM and Tech Lead support';
    expect(
      deriveItem('Deploy to staging and run smoke tests (QA Lead signs off)', ROLES, ownerLine)
        .owners,
    ).toEqual(['qa-lead']);
    expect(
      deriveItem('Deploy to production (automated pipeline preferred)', ROLES, ownerLine).owners,
    ).toEqual(['release-manager', 'pm', 'tech-lead']);
    expect(deriveItem('Passing CI and security scans', ROLES).owners).toEqual([]);
  });

  it('detects conditions from the wording', () => {
    expect(detectCondition('Deployment window scheduled (if needed)')).toBe('optional');
    expect(detectCondition('Backup or snapshot (if applicable)')).toBe('optional');
    expect(
      detectCondition(
        'Customer communication plan ready (Customer Success for customer-facing releases)',
      ),
    ).toBe('customer-facing');
    expect(detectCondition('Deploy to production (automated pipeline preferred)')).toBeUndefined();
  });
});

describe('extractChecklist', () => {
  it('reads the owner line and the items from Markdown', () => {
    const checklist = extractChecklistFromMarkdown(DEPLOYMENT_MARKDOWN, ROLES);
    expect(checklist.ownerLine).toBe('Release Manager coordinates; PM and Tech Lead support');
    expect(checklist.items).toEqual([
      {
        id: 'deployment-window-scheduled-if-needed',
        text: 'Deployment window scheduled (if needed)',
        owners: ['release-manager', 'pm', 'tech-lead'],
        condition: 'optional',
      },
      {
        id: 'deploy-to-staging-and-run-smoke-tests-qa-lead-signs-off',
        text: 'Deploy to staging and run smoke tests (QA Lead signs off)',
        owners: ['qa-lead'],
      },
      {
        id: 'customer-communication-sent-customer-success-for-customer-facing-changes',
        text: 'Customer communication sent (Customer Success for customer-facing changes)',
        owners: ['customer-success'],
        condition: 'customer-facing',
      },
    ]);
  });

  it('reads the same items from the rendered HTML, labels and checkboxes included', () => {
    const html = `<p><em>Release Manager coordinates; PM and Tech Lead support</em></p>
<ul class="contains-task-list">
<li class="task-list-item"><label><input type="checkbox" disabled/> Deployment window scheduled (if needed)</label></li>
<li class="task-list-item"><label><input type="checkbox" disabled/> Deploy to staging and run smoke tests (QA Lead signs off)</label></li>
<li class="task-list-item"><label><input type="checkbox" disabled/> Customer communication sent (Customer Success for customer-facing changes)</label></li>
</ul>`;
    expect(extractChecklistFromHtml(html, ROLES)).toEqual(
      extractChecklistFromMarkdown(DEPLOYMENT_MARKDOWN, ROLES),
    );
  });

  it('takes the leaves of a nested list as items (the playbook)', () => {
    const checklist = extractChecklistFromMarkdown(
      '- If a deployment fails:\n  - Trigger incident response (Release Manager coordinates)\n  - Notify Customer Success immediately\n',
      ROLES,
    );
    expect(checklist.items.map((item) => item.text)).toEqual([
      'Trigger incident response (Release Manager coordinates)',
      'Notify Customer Success immediately',
    ]);
  });

  it('accepts a plain list as well as a task list', () => {
    expect(
      extractChecklistFromMarkdown('- Passing CI and security scans\n', ROLES).items[0]!.text,
    ).toBe('Passing CI and security scans');
  });

  it('fails with a clear message on duplicate items and on an empty checklist', () => {
    expect(() => extractChecklistFromMarkdown('- [ ] Ship it\n- [ ] Ship it!\n', ROLES)).toThrow(
      'has two items with the same id "ship-it": "Ship it" and "Ship it!". Reword one of them.',
    );
    expect(() => extractChecklistFromMarkdown('Just a paragraph.', ROLES)).toThrow(/has no items/);
  });
});

describe('findComponentBlocks', () => {
  it('finds each block with its attributes and body', () => {
    const source = `# Page\n\n<Checklist id="deployment" requires="pre-release">\n${DEPLOYMENT_MARKDOWN}\n</Checklist>\n\n<Checklist id="other">\n- [ ] One\n</Checklist>\n`;
    const blocks = findComponentBlocks(source, 'Checklist');
    expect(blocks.map((block) => block.attributes)).toEqual([
      { id: 'deployment', requires: 'pre-release' },
      { id: 'other' },
    ]);
    expect(extractChecklistFromMarkdown(blocks[0]!.body, ROLES).items).toHaveLength(3);
  });
});
