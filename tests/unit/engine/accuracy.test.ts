import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '../../../data/sources/index';
import { extract } from '../../../engine/index';
import { score, type GoldFigure } from '../../score';

const gold = JSON.parse(
  readFileSync(new URL('../../fixtures/seed_gold.json', import.meta.url), 'utf8'),
) as GoldFigure[];

describe('accuracy on the bundled articles', () => {
  it('reaches value+unit F1 ≥ 0.95 against the hand-labelled figures', () => {
    const files = Object.fromEntries(
      bundledSources.map((s) => [
        s.file!,
        { content: s.text, figures: extract(s.text, { published: s.published }) },
      ]),
    );
    const result = score(files, gold);
    console.log(
      `value+unit F1 ${result.f1.toFixed(3)} (P ${result.precision.toFixed(3)}, R ${result.recall.toFixed(3)}), claim accuracy ${result.topicAccuracy.toFixed(3)} on ${result.gold} gold figures`,
    );
    expect(result.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.topicAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
