import { strict as assert } from 'node:assert';
import { reviewOrder, shuffled, splitTestPart, styleOf } from '../../../bench/reviewDraw';

/** Out-of-style notes of four styles, as many of each as asked, with a line of text like theirs. */
function notes(counts: Record<string, number>) {
  const lines: Record<string, string> = {
    o1: 'Un uomo di 71 anni giungeva alla nostra osservazione per astenia ingravescente e iponatriemia.',
    o2: 'Pz vigile, apiretico. PA 130/80. Prosegue terapia con furosemide 25 mg.',
    o3: 'EMOCROMO: Hb 10.2 g/dl (v.n. 13-17). PCR 4,5 mg/dl.',
    o4: 'Paziente allettato, lesione da pressione sacrale, eseguita medicazione.',
  };
  return Object.entries(counts).flatMap(([style, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${style}-${String(i + 1).padStart(2, '0')}`, text: lines[style], entities: [] })),
  );
}

describe('reviewed-note draws of the learning-curve benchmark', () => {
  const set = notes({ o1: 14, o2: 15, o3: 15, o4: 20 });

  it("reads a note's style from its id", () => {
    assert.equal(styleOf('o1-cr-01'), 'o1');
    assert.equal(styleOf('o4-inf-20'), 'o4');
  });

  it('shuffles the same way for the same seed and differently for another, keeping every note', () => {
    const ids = set.map((n) => n.id);
    assert.deepEqual(shuffled(ids, 7), shuffled(ids, 7));
    assert.notDeepEqual(shuffled(ids, 7), shuffled(ids, 8));
    assert.deepEqual([...shuffled(ids, 7)].sort(), [...ids].sort());
  });

  it('takes the same number of test notes from every style, only among the eligible ones, and leaves the rest to the pool', () => {
    const eligible = (id: string) => Number(id.split('-')[1]) % 2 === 1;
    const { test, pool } = splitTestPart(set, 6, 13, eligible);
    assert.equal(test.length, 24);
    for (const style of ['o1', 'o2', 'o3', 'o4']) assert.equal(test.filter((n) => styleOf(n.id) === style).length, 6);
    assert.ok(test.every((n) => eligible(n.id)));
    assert.equal(pool.length, set.length - 24);
    assert.ok(pool.every((n) => !test.includes(n)));
  });

  it('draws the same test part whatever the order of the notes', () => {
    const a = splitTestPart(set, 6, 13).test.map((n) => n.id).sort();
    const b = splitTestPart([...set].reverse(), 6, 13).test.map((n) => n.id).sort();
    assert.deepEqual(a, b);
  });

  it('takes what there is from a style with fewer eligible notes than asked', () => {
    const { test } = splitTestPart(notes({ o1: 3, o2: 10 }), 6, 1);
    assert.equal(test.filter((n) => styleOf(n.id) === 'o1').length, 3);
    assert.equal(test.filter((n) => styleOf(n.id) === 'o2').length, 6);
  });

  it('orders the pool so that the first notes mix the styles evenly, every note once', () => {
    const pool = notes({ o1: 8, o2: 9, o3: 9, o4: 14 });
    const order = reviewOrder(pool, 1);
    assert.deepEqual(order.map((n) => n.id).sort(), pool.map((n) => n.id).sort());
    for (const k of [4, 20]) {
      const counts = ['o1', 'o2', 'o3', 'o4'].map((style) => order.slice(0, k).filter((n) => styleOf(n.id) === style).length);
      assert.deepEqual(counts, [k / 4, k / 4, k / 4, k / 4]);
    }
    // once o1 has run out, the others go on in turn
    assert.deepEqual(order.slice(36).map((n) => styleOf(n.id)), ['o4', 'o4', 'o4', 'o4']);
  });

  it('draws another order for another seed, the same for the same seed', () => {
    const pool = notes({ o1: 8, o2: 9, o3: 9, o4: 14 });
    assert.deepEqual(reviewOrder(pool, 2), reviewOrder(pool, 2));
    assert.notDeepEqual(reviewOrder(pool, 1).slice(0, 10), reviewOrder(pool, 2).slice(0, 10));
  });
});
