import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Candidate, Label, Source } from '../../../../src/engine/entity';
import { mergeCandidates } from '../../../../src/engine/merge/entityMerger';
import { noisyOr } from '../../../../src/engine/merge/noisyOr';

const PRIORITY: Source[] = ['manual', 'model', 'lexicon', 'pattern'];

function candidate(sentence: string, text: string, label: Label, source: Source, score: number, code?: string): Candidate {
  const start = sentence.indexOf(text);
  assert.ok(start >= 0, text);
  return { start, end: start + text.length, label, source, score, ...(code ? { code } : {}) };
}

describe('noisyOr', () => {
  it('combines independent scores', () => {
    assert.equal(noisyOr([]), 0);
    assert.ok(Math.abs(noisyOr([0.8, 0.8]) - 0.96) < 1e-12);
    assert.equal(noisyOr([0.7, 0]), 0.7);
  });
});

describe('mergeCandidates', () => {
  const s = 'Dolore toracico oppressivo, in terapia con ramipril 5 mg.';

  it('makes one entity of agreeing candidates, with every source and a noisy-or score', () => {
    const entities = mergeCandidates(
      s,
      [
        candidate(s, 'ramipril', 'TREATMENT', 'pattern', 0.8),
        candidate(s, 'ramipril', 'TREATMENT', 'model', 0.9),
        candidate(s, 'ramipril', 'TREATMENT', 'lexicon', 0.85, 'C09AA05'),
        candidate(s, 'ramipril', 'TREATMENT', 'lexicon', 0.5),
      ],
      { sourcePriority: PRIORITY },
    );
    assert.equal(entities.length, 1);
    const [e] = entities;
    assert.deepEqual(e.source, ['model', 'lexicon', 'pattern']);
    assert.equal(e.text, 'ramipril');
    assert.equal(e.code, 'C09AA05');
    assert.ok(Math.abs(e.score - (1 - 0.1 * 0.15 * 0.2)) < 1e-12);
  });

  it('lets the higher-priority source win an overlap and counts a same-label overlap as partial agreement', () => {
    const [e] = mergeCandidates(
      s,
      [candidate(s, 'Dolore toracico oppressivo', 'PROBLEM', 'lexicon', 0.85), candidate(s, 'Dolore toracico', 'PROBLEM', 'model', 0.6)],
      { sourcePriority: PRIORITY },
    );
    assert.equal(e.text, 'Dolore toracico');
    assert.deepEqual(e.source, ['model', 'lexicon']);
    const weight = 'Dolore toracico'.length / 'Dolore toracico oppressivo'.length;
    assert.ok(Math.abs(e.score - noisyOr([0.6, 0.85 * weight])) < 1e-12);
  });

  it('drops an overlapping candidate with another label', () => {
    const entities = mergeCandidates(s, [candidate(s, 'ramipril', 'TREATMENT', 'lexicon', 0.85), candidate(s, 'ramipril 5 mg', 'TEST', 'pattern', 0.9)], {
      sourcePriority: PRIORITY,
    });
    assert.deepEqual(entities.map((e) => [e.text, e.label, e.source]), [['ramipril', 'TREATMENT', ['lexicon']]]);
  });

  it('breaks a tie in priority by score, then by length', () => {
    const byScore = mergeCandidates(s, [candidate(s, 'Dolore toracico', 'PROBLEM', 'model', 0.9), candidate(s, 'toracico oppressivo', 'PROBLEM', 'model', 0.7)], {
      sourcePriority: PRIORITY,
    });
    assert.deepEqual(byScore.map((e) => e.text), ['Dolore toracico']);
    const byLength = mergeCandidates(s, [candidate(s, 'Dolore toracico', 'PROBLEM', 'model', 0.7), candidate(s, 'Dolore toracico oppressivo', 'PROBLEM', 'model', 0.7)], {
      sourcePriority: PRIORITY,
    });
    assert.deepEqual(byLength.map((e) => e.text), ['Dolore toracico oppressivo']);
  });

  it('follows a configured priority', () => {
    const candidates = [candidate(s, 'terapia con ramipril', 'TREATMENT', 'model', 0.9), candidate(s, 'ramipril', 'TREATMENT', 'lexicon', 0.85)];
    assert.equal(mergeCandidates(s, candidates, { sourcePriority: ['lexicon', 'model'] })[0].text, 'ramipril');
    assert.equal(mergeCandidates(s, candidates, { sourcePriority: ['model', 'lexicon'] })[0].text, 'terapia con ramipril');
  });

  it('keeps only one source in the single-source modes', () => {
    const candidates = [
      candidate(s, 'Dolore toracico', 'PROBLEM', 'model', 0.6),
      candidate(s, 'ramipril', 'TREATMENT', 'lexicon', 0.85),
      candidate(s, 'ramipril', 'TREATMENT', 'pattern', 0.8),
    ];
    const texts = (mode: 'merged' | 'model-only' | 'lexicon-only' | 'pattern-only') =>
      mergeCandidates(s, candidates, { sourcePriority: PRIORITY, mode }).map((e) => `${e.text}:${e.source.join('+')}`);
    assert.deepEqual(texts('model-only'), ['Dolore toracico:model']);
    assert.deepEqual(texts('lexicon-only'), ['ramipril:lexicon']);
    assert.deepEqual(texts('pattern-only'), ['ramipril:pattern']);
    assert.deepEqual(texts('merged'), ['Dolore toracico:model', 'ramipril:lexicon+pattern']);
  });

  it('rejects a candidate outside the sentence', () => {
    assert.throws(() => mergeCandidates('febbre', [{ start: 0, end: 9, label: 'PROBLEM', source: 'model', score: 1 }], { sourcePriority: PRIORITY }), RangeError);
  });

  it('never returns overlapping entities, drops only candidates that overlap one, and keeps the best exact score of each entity (property)', () => {
    const sentence = 'Paziente con febbre e dolore toracico oppressivo da due giorni.';
    const arbCandidate = fc
      .record({
        start: fc.integer({ min: 0, max: sentence.length - 1 }),
        length: fc.integer({ min: 1, max: 20 }),
        label: fc.constantFrom<Label>('PROBLEM', 'TEST', 'TREATMENT'),
        source: fc.constantFrom<Source>('model', 'lexicon', 'pattern'),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ start, length, ...rest }) => ({ start, end: Math.min(sentence.length, start + length), ...rest }));
    fc.assert(
      fc.property(fc.array(arbCandidate, { maxLength: 12 }), fc.shuffledSubarray<Source>(['model', 'lexicon', 'pattern'], { minLength: 3 }), (candidates, priority) => {
        const entities = mergeCandidates(sentence, candidates, { sourcePriority: priority });
        for (let i = 1; i < entities.length; i++) assert.ok(entities[i - 1].end <= entities[i].start);
        for (const e of entities) {
          assert.equal(e.text, sentence.slice(e.start, e.end));
          assert.ok(e.score >= 0 && e.score <= 1);
          const exact = candidates.filter((c) => c.start === e.start && c.end === e.end && c.label === e.label);
          assert.ok(exact.length > 0);
          assert.ok(e.score >= Math.max(...exact.map((c) => c.score)) - 1e-12);
          assert.deepEqual(e.source, [...e.source].sort((a, b) => priority.indexOf(a) - priority.indexOf(b)));
        }
        for (const c of candidates) assert.ok(entities.some((e) => e.start < c.end && c.start < e.end), 'a candidate overlapping no entity was dropped');
      }),
    );
  });
});
