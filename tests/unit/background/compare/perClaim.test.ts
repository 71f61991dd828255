import { beforeEach, describe, expect, it } from 'vitest';
import { seedBundled } from '../../../../background/store/bundled';
import { claimIndexOf } from '../../../../background/compare/claimIndex';
import { perClaimFigures } from '../../../../background/compare/perClaim';
import type { StoreDB } from '../../../../background/store/schema';
import { addSource, setSourceEnabled } from '../../../../background/store/sources';
import { freshStore, userArticle } from '../store/helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
  await seedBundled(db);
});

const heldFigures = async () => (await claimIndexOf(db).current()).enabledFiguresOf('territory.held');

describe('work kept per claim', () => {
  it("is made once for the claim's figures, and again after a write changes them", async () => {
    let made = 0;
    const count = perClaimFigures((figures) => {
      made++;
      return figures.length;
    });
    const before = await heldFigures();
    const countBefore = before.length;
    expect(count(before)).toBe(countBefore);
    // the index hands out the same array while the claim's figures stay as they are
    expect(await heldFigures()).toBe(before);
    expect(count(await heldFigures())).toBe(countBefore);
    expect(made).toBe(1);

    await addSource(db, userArticle);
    const after = await heldFigures();
    expect(after).not.toBe(before);
    expect(count(after)).toBe(countBefore + 1);
    expect(made).toBe(2);
    // what was made for the earlier array still describes it: the index never changes one in place
    expect(before).toHaveLength(countBefore);

    await setSourceEnabled(db, 'bundled-001', false);
    expect(count(await heldFigures())).toBeLessThan(countBefore + 1);
    expect(made).toBe(3);
  });
});
