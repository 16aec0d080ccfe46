import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runLearn } from '../../../src/cli/commands/learnCommand';
import { NerPipeline } from '../../../src/engine/pipeline/nerPipeline';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';
import { memoryIo } from './memoryIo';

const QUALIFIERS = ['persistente', 'frontale', 'pulsante', 'notturna', 'ricorrente', 'intensa'];

/** Gold where the qualifier after `cefalea` is part of the span (the fixture model stops before it). */
function goldLines(count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const text = `Paziente di ${40 + i} anni con cefalea ${QUALIFIERS[i % QUALIFIERS.length]} da ${i + 2} giorni.`;
    const start = text.indexOf('cefalea');
    const end = start + 'cefalea '.length + QUALIFIERS[i % QUALIFIERS.length].length;
    return JSON.stringify({ id: `n${i}`, text, entities: [{ start, end, label: 'PROBLEM' }] });
  }).join('\n') + '\n';
}

describe('clinical-ner learn', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clinical-ner-learn-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a model folder that annotates what the gold taught', async () => {
    const gold = path.join(dir, 'gold.jsonl');
    writeFileSync(gold, goldLines(12));
    const out = path.join(dir, 'learned');
    const { io, out: stdout } = memoryIo();
    const code = await runLearn(['--gold', gold, '--labels', 'PROBLEM', '--model', SEED_FORMAT_MODEL, '--out', out], io);
    assert.equal(code, 0);
    assert.match(stdout(), /PROBLEM: 5-fold check on 12 notes, .* → adapted/);
    const config = JSON.parse(readFileSync(path.join(out, 'config.json'), 'utf8'));
    assert.equal(config.clinical_ner.learned.layer, 'learned-layer.json');
    assert.ok(existsSync(path.join(out, 'model.onnx')) && existsSync(path.join(out, 'vocab.txt')));
    const pipeline = await NerPipeline.load(out, { sources: ['model'] });
    try {
      const { entities } = await pipeline.annotate('Paziente con cefalea notturna da ieri.');
      assert.deepEqual(entities.map((e) => `${e.text}|${e.source[0]}`), ['cefalea notturna|learned']);
    } finally {
      await pipeline.dispose();
    }
  });

  it('says in one line why a gold file teaches nothing', async () => {
    const cases: [string, RegExp][] = [
      ['', /no reviewed notes with text/],
      [JSON.stringify({ id: 'a', entities: [] }) + '\n', /no reviewed notes with text/],
      [JSON.stringify({ id: 'a', text: 'Nulla da segnalare.', entities: [] }) + '\n', /no PROBLEM entities to learn from/],
      ['{not json\n', /gold\.jsonl:1: /],
    ];
    for (const [content, message] of cases) {
      const gold = path.join(dir, 'gold.jsonl');
      writeFileSync(gold, content);
      const { io, err } = memoryIo();
      const code = await runLearn(['--gold', gold, '--labels', 'PROBLEM', '--model', SEED_FORMAT_MODEL, '--out', path.join(dir, 'out')], io);
      assert.equal(code, 1, content);
      assert.match(err(), message);
      assert.equal(err().trim().split('\n').length, 1, err());
    }
  });

  it('refuses bad options and an output that is the base folder or a file', async () => {
    const gold = path.join(dir, 'gold.jsonl');
    writeFileSync(gold, goldLines(3));
    const usage = memoryIo();
    assert.equal(await runLearn(['--gold', gold, '--out', dir, '--labels', 'DRUG'], usage.io), 2);
    assert.match(usage.err(), /unknown label/);
    const same = memoryIo();
    assert.equal(await runLearn(['--gold', gold, '--labels', 'PROBLEM', '--model', SEED_FORMAT_MODEL, '--out', SEED_FORMAT_MODEL], same.io), 1);
    assert.match(same.err(), /must not be the base model folder/);
    const file = memoryIo();
    assert.equal(await runLearn(['--gold', gold, '--labels', 'PROBLEM', '--model', SEED_FORMAT_MODEL, '--out', gold], file.io), 1);
    assert.match(file.err(), /exists and is not a folder/);
  });
});
