import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GoldStore } from '../../../../src/gold/goldStore';
import { decided, NOTE } from './reviewFixtures';

describe('GoldStore.withdrawDecisions (undo of a review action)', () => {
  let dir: string;
  beforeEach(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gold-undo-')); });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('takes back a decision even after an edit moved it', async () => {
    const store = await GoldStore.open(path.join(dir, 'gold.jsonl'));
    const accept = decided('accepted', 'tosse', 'PROBLEM', '2025-04-01T09:00:00.000Z');
    store.recordDecision('a.txt', NOTE, decided('accepted', 'febbre', 'PROBLEM', '2025-04-01T08:59:00.000Z'));
    store.recordDecision('a.txt', NOTE, accept);
    store.applyTextChanges('a.txt', 'Anamnesi: ' + NOTE, [{ rangeOffset: 0, rangeLength: 0, text: 'Anamnesi: ' }]);
    assert.equal(store.withdrawDecisions('a.txt', [accept]), 1);
    assert.deepEqual(store.goldSpans('a.txt').map((s) => s.text), ['febbre']);
    await store.flush();
    assert.deepEqual((await GoldStore.open(path.join(dir, 'gold.jsonl'))).goldSpans('a.txt').map((s) => s.text), ['febbre']);
  });

  it('removes nothing for a decision it never recorded', async () => {
    const store = await GoldStore.open(path.join(dir, 'gold.jsonl'));
    assert.equal(store.withdrawDecisions('a.txt', [decided('accepted', 'tosse', 'PROBLEM', '2025-04-01T09:00:00.000Z')]), 0);
  });
});
