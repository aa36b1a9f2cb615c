// The order files start in, for a run that ends soonest on few cores: the longest first, the many
// short ones last to fill in around them. Vitest's own order (the durations it remembers from the
// last run, or else the file size) holds within each rank.
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A file that builds a site of its own (a writer's mistake, an edited template) runs its longest step. */
const buildsASite = (file: string) => /\bbuildSite\(/.test(readFileSync(file, 'utf8'));

/** 0: e2e files that build a site, 1: the other e2e files (a browser each), 2: everything else. */
function rank(spec: TestSpecification): number {
  if (spec.project.name !== 'e2e') return 2;
  return buildsASite(spec.moduleId) ? 0 : 1;
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const groupOrder = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    return sorted
      .map((spec) => ({ spec, group: groupOrder(spec), rank: rank(spec) }))
      .sort((a, b) => a.group - b.group || a.rank - b.rank)
      .map(({ spec }) => spec);
  }
}
