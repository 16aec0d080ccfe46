import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAgree } from '../../../src/cli/commands/agreeCommand';
import { serializeGoldDocument } from '../../../src/gold/goldDocumentSchema';
import { BIANCHI, goldNote, marks, ROSSI } from '../gold/agreement/agreementFixtures';
import { memoryIo } from './memoryIo';

describe('clinical-ner agree', () => {
  let dir: string;
  const write = async (name: string, docs: ReturnType<typeof goldNote>[]) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, docs.map((d) => serializeGoldDocument(d) + '\n').join(''));
    return file;
  };
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'agree-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes JSON with the documented keys for two annotators in two gold files', async () => {
    const rossi = await write('rossi.jsonl', [goldNote('n1.txt', marks('dr.rossi', ROSSI), undefined, ['dr.rossi']), goldNote('n2.txt', marks('dr.rossi', [['Febbre', 'PROBLEM']]))]);
    const bianchi = await write('bianchi.jsonl', [goldNote('n1.txt', marks('dr.bianchi', BIANCHI), undefined, ['dr.bianchi'])]);
    const { io, out } = memoryIo();
    assert.equal(await runAgree([rossi, bianchi, '--format', 'json'], io), 0);
    const report = JSON.parse(out());
    assert.deepEqual(report.raters.map((r: { name: string; documents: number; done: number }) => [r.name, r.documents, r.done]), [['dr.rossi', 2, 1], ['dr.bianchi', 1, 1]]);
    const [pair] = report.pairs;
    assert.deepEqual([pair.a, pair.b, pair.documents], ['dr.rossi', 'dr.bianchi', 1]);
    assert.equal(pair.strict.micro.f1, 0.5);
    assert.equal(pair.overlap.micro.f1, 0.75);
    assert.ok(Math.abs(pair.kappa - 46 / 68) < 1e-12);
    assert.deepEqual(pair.leftOut, [{ id: 'n2.txt', reason: 'not reviewed by dr.bianchi' }]);
    assert.equal(report.fleiss, undefined, "Fleiss' kappa only with three raters or more");
  });

  it('prints a table for people, with statuses, what it left out, and Fleiss for three', async () => {
    const shared = await write('gold.jsonl', [goldNote('n1.txt', [...marks('dr.rossi', ROSSI), ...marks('dr.bianchi', BIANCHI), ...marks('dr.neri', ROSSI)])]);
    const { io, out } = memoryIo();
    assert.equal(await runAgree([shared, '--labels', 'PROBLEM,TEST'], io), 0);
    assert.match(out(), /dr\.bianchi\s+dr\.rossi\s+1\s+50\.0\s+75\.0\s+0\.676\s+11/);
    assert.match(out(), /dr\.bianchi and dr\.rossi: status on overlap-matched pairs/);
    assert.match(out(), /Fleiss' kappa, 3 raters, on the 1 note\(s\) all of them reviewed \(11 word tokens\): 0\.788/);
  });

  it('scores only the notes every rater marked done with --done-only', async () => {
    const shared = await write('gold.jsonl', [
      goldNote('n1.txt', [...marks('dr.rossi', ROSSI), ...marks('dr.bianchi', BIANCHI)], undefined, ['dr.rossi', 'dr.bianchi']),
      goldNote('n2.txt', [...marks('dr.rossi', ROSSI), ...marks('dr.bianchi', ROSSI)], undefined, ['dr.rossi']),
    ]);
    const { io, out } = memoryIo();
    await runAgree([shared, '--done-only', '--format', 'json'], io);
    const [pair] = JSON.parse(out()).pairs;
    assert.equal(pair.documents, 1);
    assert.deepEqual(pair.leftOut, [{ id: 'n2.txt', reason: 'not marked done by dr.bianchi' }]);
  });

  it('says in one line that one annotator is not enough, and exits 2 on usage errors', async () => {
    const alone = await write('alone.jsonl', [goldNote('n1.txt', marks('dr.rossi', ROSSI))]);
    const { io, err } = memoryIo();
    assert.equal(await runAgree([alone], io), 1);
    assert.match(err(), /agreement needs two annotators or more; .*alone\.jsonl has dr\.rossi\n$/);
    assert.equal(await runAgree([], memoryIo().io), 2);
    assert.equal(await runAgree([alone, '--format', 'xml'], memoryIo().io), 2);
  });
});
