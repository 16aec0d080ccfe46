import { strict as assert } from 'node:assert';
import type { Entity } from '../../../../src/engine/entity';
import { TermMemory, type TermDecision } from '../../../../src/engine/learned/termMemory';

function decision(documentText: string, term: string, label: TermDecision['label'], kind: TermDecision['kind'], nth = 0): TermDecision {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = documentText.indexOf(term, start + 1);
  return { start, end: start + term.length, label, documentText, kind };
}

function found(memory: TermMemory, sentence: string): string[] {
  return memory.candidates(sentence).map((c) => `${sentence.slice(c.start, c.end)}|${c.label}|${c.learnedFrom}`);
}

describe('TermMemory', () => {
  it('suggests an accepted term in other notes, with its inflections, as learned', () => {
    const memory = TermMemory.fromDecisions([decision('Paziente con sindrome di Tako-tsubo.', 'sindrome di Tako-tsubo', 'PROBLEM', 'positive')]);
    assert.deepEqual(found(memory, 'Sospetta Sindrome di Tako-tsubo in paziente ansiosa.'), ['Sindrome di Tako-tsubo|PROBLEM|1']);
    const [candidate] = memory.candidates('sindromi di tako-tsubo');
    assert.equal(candidate?.source, 'learned');
  });

  it('scores a term higher the more decisions taught it', () => {
    const text = 'Eseguito ecocardio. Ripetuto ecocardio.';
    const once = TermMemory.fromDecisions([decision(text, 'ecocardio', 'TEST', 'positive')]);
    const twice = TermMemory.fromDecisions([decision(text, 'ecocardio', 'TEST', 'positive'), decision(text, 'ecocardio', 'TEST', 'positive', 1)]);
    assert.ok(twice.candidates('ecocardio')[0].score > once.candidates('ecocardio')[0].score);
  });

  it('stops suggesting a rejected term with that label in the same context, not elsewhere', () => {
    const text = 'Mobilizzato in poltrona per due ore.';
    const memory = TermMemory.fromDecisions([
      decision('Acquistata una poltrona ortopedica.', 'poltrona', 'TREATMENT', 'positive'),
      decision('Acquistata una poltrona ortopedica.', 'poltrona', 'TREATMENT', 'positive'),
      decision(text, 'poltrona', 'TREATMENT', 'rejected'),
    ]);
    const suggestion: Entity = { start: 15, end: 23, label: 'TREATMENT', text: 'poltrona', score: 0.6, source: ['model'] };
    assert.ok(memory.rejects('Rimesso in poltrona per due ore.', { ...suggestion, start: 11, end: 19 }));
    assert.deepEqual(memory.apply(text, [suggestion]), []);
    assert.equal(memory.apply('Acquistata una poltrona nuova.', []).length, 1);
  });

  it('stops a term everywhere once rejected in two contexts and never accepted', () => {
    const memory = TermMemory.fromDecisions([
      decision('Mobilizzato in poltrona.', 'poltrona', 'TREATMENT', 'rejected'),
      decision('Seduta sulla poltrona di casa.', 'poltrona', 'TREATMENT', 'rejected'),
    ]);
    assert.ok(memory.rejects('Una poltrona comoda.', { start: 4, end: 12, label: 'TREATMENT' }));
    assert.ok(!memory.rejects('Una poltrona comoda.', { start: 4, end: 12, label: 'PROBLEM' }));
  });

  it('relabels an entity on exactly a learned span and adds learned terms only where nothing is', () => {
    const memory = TermMemory.fromDecisions([decision('PCI primaria eseguita.', 'PCI primaria', 'TREATMENT', 'positive')]);
    const text = 'Sottoposto a PCI primaria con successo.';
    const asProblem: Entity = { start: 13, end: 25, label: 'PROBLEM', text: 'PCI primaria', score: 0.7, source: ['model'] };
    const [relabelled] = memory.apply(text, [asProblem]);
    assert.equal(relabelled.label, 'TREATMENT');
    assert.deepEqual(relabelled.source, ['learned', 'model']);
    const overlapping: Entity = { start: 13, end: 16, label: 'TEST', text: 'PCI', score: 0.9, source: ['lexicon'] };
    assert.deepEqual(memory.apply(text, [overlapping]).map((e) => e.text), ['PCI']);
  });

  it('leaves out terms of labels a fitted layer decides', () => {
    const memory = TermMemory.fromDecisions([decision('Ecocardio negativo.', 'Ecocardio', 'TEST', 'positive')]);
    assert.equal(memory.apply('Ecocardio da ripetere.', [], ['TEST']).length, 0);
    assert.equal(memory.apply('Ecocardio da ripetere.', [], ['PROBLEM']).length, 1);
  });

  it('round-trips through JSON and refuses what is not a term memory', () => {
    const memory = TermMemory.fromDecisions([decision('Nega febbre.', 'febbre', 'PROBLEM', 'positive')]);
    assert.deepEqual(TermMemory.fromJson(JSON.parse(JSON.stringify(memory.toJson()))).toJson(), memory.toJson());
    assert.throws(() => TermMemory.fromJson({ terms: [] }), /not a clinical-ner term memory/);
    assert.throws(() => TermMemory.fromJson({ format: 'clinical-ner-term-memory', version: 1, terms: [{ term: 'x', label: 'DRUG' }] }), /malformed learned term/);
  });
});
