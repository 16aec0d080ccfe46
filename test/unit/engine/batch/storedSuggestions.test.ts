import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Entity } from '../../../../src/engine/entity';
import { parseStoredSuggestions, storedEntitiesFor, storedSuggestionsLine } from '../../../../src/engine/batch/storedSuggestions';
import { SuggestionFile } from '../../../../src/engine/batch/suggestionFile';
import { textHash } from '../../../../src/gold/textHash';

const TEXT = 'Paziente con febbre e tosse. Si prescrive paracetamolo.';
const at = (words: string, label: Entity['label']): Entity => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, label, text: words, score: 0.98, source: ['model'] };
};
const ENTITIES = [at('febbre', 'PROBLEM'), at('tosse', 'PROBLEM'), at('paracetamolo', 'TREATMENT')];

describe('stored suggestions', () => {
  it('round-trips a line with the hash and length of the text it was computed for', () => {
    const line = storedSuggestionsLine('ricoveri/r-01.txt', ENTITIES, TEXT, textHash(TEXT));
    const stored = parseStoredSuggestions(line + '\n').get('ricoveri/r-01.txt')!;
    assert.equal(stored.length, TEXT.length);
    assert.equal(stored.textHash, textHash(TEXT));
    assert.deepEqual(storedEntitiesFor(stored, TEXT, textHash(TEXT)), ENTITIES);
  });

  it('refuses them once the note was edited, even to a text of the same length', () => {
    const stored = parseStoredSuggestions(storedSuggestionsLine('n', ENTITIES, TEXT, textHash(TEXT))).get('n')!;
    const sameLength = TEXT.replace('tosse', 'Tosse');
    assert.equal(storedEntitiesFor(stored, sameLength, textHash(sameLength)), undefined);
    const longer = 'Anamnesi. ' + TEXT;
    assert.equal(storedEntitiesFor(stored, longer, textHash(longer)), undefined);
  });

  it('never trusts a line without a hash (as `clinical-ner annotate --out` writes)', () => {
    const stored = parseStoredSuggestions(JSON.stringify({ id: 'n', entities: ENTITIES })).get('n')!;
    assert.equal(storedEntitiesFor(stored, TEXT, textHash(TEXT)), undefined);
  });

  it('skips a cut last line, gold lines and malformed entities; a later line replaces an earlier one', () => {
    const content = [
      storedSuggestionsLine('a', ENTITIES.slice(0, 1), TEXT, textHash(TEXT)),
      JSON.stringify({ id: 'g', text: TEXT, decisions: [], entities: [] }),
      JSON.stringify({ id: 'b', entities: [{ start: 3, end: 1, label: 'PROBLEM', text: 'x', score: 1, source: [] }, { ...ENTITIES[0], label: 'DRUG' }, ENTITIES[1]] }),
      storedSuggestionsLine('a', ENTITIES, TEXT, textHash(TEXT)),
      '{"id":"c","entit',
    ].join('\n');
    const byId = parseStoredSuggestions(content);
    assert.deepEqual([...byId.keys()], ['a', 'b']);
    assert.equal(byId.get('a')!.entities.length, 3);
    assert.deepEqual(byId.get('b')!.entities, [ENTITIES[1]]);
  });

  it('is what a resumable SuggestionFile takes: ids are found again on reopening', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stored-'));
    try {
      const file = path.join(dir, 'ricoveri.jsonl');
      const out = SuggestionFile.open(file);
      out.append(storedSuggestionsLine('ricoveri/r-01.txt', ENTITIES, TEXT, textHash(TEXT)));
      out.close();
      const again = SuggestionFile.open(file);
      again.close();
      assert.deepEqual([...again.done], ['ricoveri/r-01.txt']);
      assert.ok(parseStoredSuggestions(readFileSync(file, 'utf8')).has('ricoveri/r-01.txt'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
