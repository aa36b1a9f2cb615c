// The checklists read from MDX text as the sync server reads them: the same ids, order, requires and waits as the
// build, and the build's errors for content mistakes.
import { describe, expect, it } from 'vitest';
import {
  buildChecklistCatalog,
  pageFromSource,
  readFrontmatter,
} from '../../../src/lib/checklist/checklist-catalog.ts';
import { loadChecklistCatalog } from '../../../src/server/checklist-content.ts';

const roles = [{ id: 'qa-lead', name: 'QA Lead', summary: 'Signs off staging.' }];

const page = (id: string, frontmatter: string, body: string) =>
  pageFromSource({ id, file: `docs/${id}.mdx`, source: `---\n${frontmatter}\n---\n\n${body}` });

const deploy = page(
  'guide/deploy',
  'title: Deploy\nsection: guide\norder: 2',
  `<Checklist id="deploy" requires="before" waits="Ship it: Stage it, before">\n- [ ] Stage it (QA Lead)\n- [ ] Ship it\n</Checklist>`,
);
const before = page(
  'guide/before',
  'title: "Before"\nsection: guide\norder: 1',
  `<Checklist id="before">\n- [ ] Tests pass\n</Checklist>`,
);

describe('the checklist catalog', () => {
  it('reads the fields the checklists need from frontmatter', () => {
    expect(readFrontmatter(`---\ntitle: "A: b"\nsection: playbook\norder: 3\n---\nbody`)).toEqual({
      title: 'A: b',
      section: 'playbook',
      order: 3,
      body: 'body',
    });
  });

  it('lists checklists in reading order, with ids, owners, requires and waits', () => {
    const catalog = buildChecklistCatalog([deploy, before], roles);
    expect(catalog.map(({ id }) => id)).toEqual(['before', 'deploy']);
    expect(catalog[1]).toEqual({
      id: 'deploy',
      title: 'Deploy',
      route: '/guide/deploy/',
      file: 'docs/guide/deploy.mdx',
      requires: 'before',
      items: [
        { id: 'stage-it-qa-lead', text: 'Stage it (QA Lead)', owners: ['qa-lead'] },
        { id: 'ship-it', text: 'Ship it', owners: [] },
      ],
      waits: { 'ship-it': { items: ['stage-it-qa-lead'], checklists: ['before'] } },
    });
  });

  it('stops with the file and the problem on a content mistake', () => {
    expect(() => buildChecklistCatalog([deploy], roles)).toThrow(
      'docs/guide/deploy.mdx: checklist "deploy" requires an unknown checklist id "before"',
    );
    expect(() => buildChecklistCatalog([before, before], roles)).toThrow('already used');
    const badWaits = page(
      'x',
      'title: X',
      '<Checklist id="x" waits="Nope: Tests">\n- [ ] Tests\n</Checklist>',
    );
    expect(() => buildChecklistCatalog([badWaits], roles)).toThrow(
      'docs/x.mdx: checklist "x" waits:',
    );
  });

  it('reads the guide’s own content: the deployment checklist waits for staging and pre-release', () => {
    const catalog = loadChecklistCatalog();
    const deployment = catalog.find(({ id }) => id === 'deployment');
    expect(deployment?.requires).toBe('pre-release');
    expect(deployment?.waits?.['deploy-to-production-automated-pipeline-preferred']).toEqual({
      items: ['deploy-to-staging-and-run-smoke-tests-qa-lead-signs-off'],
      checklists: ['pre-release'],
    });
  });
});
