import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SuggestionFile, SuggestionFileError } from '../../../../src/engine/batch/suggestionFile';

describe('SuggestionFile', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'suggestions-'));
    file = path.join(dir, 'suggestions.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a missing file and appends whole lines', () => {
    const out = SuggestionFile.open(file);
    assert.equal(out.done.size, 0);
    out.append('{"id":"a.txt","entities":[]}');
    out.close();
    assert.equal(readFileSync(file, 'utf8'), '{"id":"a.txt","entities":[]}\n');
  });

  it('knows the documents already written', () => {
    writeFileSync(file, '{"id":"a.txt","entities":[]}\n\n{"id":"b.txt","entities":[]}\n');
    const out = SuggestionFile.open(file);
    out.close();
    assert.deepEqual([...out.done], ['a.txt', 'b.txt']);
    assert.equal(out.repairedBytes, 0);
  });

  it('removes a last line cut short by an interruption, so the next line starts clean', () => {
    writeFileSync(file, '{"id":"a.txt","entities":[]}\n{"id":"b.txt","entities":[{"start":0,"end"');
    const out = SuggestionFile.open(file);
    assert.deepEqual([...out.done], ['a.txt']);
    assert.equal(out.repairedBytes, 42);
    out.append('{"id":"b.txt","entities":[]}');
    out.close();
    assert.equal(readFileSync(file, 'utf8'), '{"id":"a.txt","entities":[]}\n{"id":"b.txt","entities":[]}\n');
  });

  it('also drops a last line that parses but has no newline (its write may have been cut)', () => {
    writeFileSync(file, '{"id":"a.txt","entities":[]}');
    const out = SuggestionFile.open(file);
    out.close();
    assert.equal(out.done.size, 0);
    assert.equal(readFileSync(file, 'utf8'), '');
  });

  it('refuses a gold file: suggestions never go into gold', () => {
    const gold = { id: 'a.txt', text: 'Nega febbre.', textHash: 'x', decisions: [], updated: '2026-01-01T00:00:00Z' };
    writeFileSync(file, JSON.stringify(gold) + '\n');
    assert.throws(() => SuggestionFile.open(file), SuggestionFileError);
    assert.equal(readFileSync(file, 'utf8'), JSON.stringify(gold) + '\n');
  });

  it('refuses a file with a broken line in the middle, naming the line', () => {
    writeFileSync(file, '{"id":"a.txt","entities":[]}\nnot json\n{"id":"b.txt","entities":[]}\n');
    assert.throws(() => SuggestionFile.open(file), /suggestions\.jsonl:2: not a JSON line/);
  });
});
