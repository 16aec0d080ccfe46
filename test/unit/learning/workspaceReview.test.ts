import { strict as assert } from 'node:assert';
import type { Decision } from '../../../src/gold/decision';
import { termMemoryOf } from '../../../src/learning/learnFromReview';
import { EMPTY_STATE } from '../../../src/learning/workspaceLearnedFiles';
import { textHash } from '../../../src/gold/textHash';
import { refitDue, workspaceReview, WorkspaceReviewCache } from '../../../src/learning/workspaceReview';
import { decide } from '../gold/decisionFixtures';

const NOTE_A = 'Ricovero per bradicardia sinusale. Nega dolore toracico.\nIn terapia con bisoprololo.';
const NOTE_B = 'Controllo: bradicardia e astenia. Proseguire bisoprololo.';
const T = (minute: number) => `2025-05-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
const at = (text: string) => (kind: Decision['kind'], words: string, label: Decision['label'], time: string, extra: Partial<Decision> = {}) => decide(kind, words, label, time, extra, text);
const a = at(NOTE_A);
const b = at(NOTE_B);

const gold = (decisionsA: Decision[], decisionsB: Decision[] = []) => [
  { id: 'notes/a.txt', text: NOTE_A, decisions: decisionsA },
  { id: 'notes/b.txt', text: NOTE_B, decisions: decisionsB },
];
const terms = (docs: ReturnType<typeof gold>, clearedAt?: string) =>
  termMemoryOf(workspaceReview(docs, clearedAt).documents).terms.map((t) => `${t.term}:${t.label}:+${t.positive}/-${t.rejectedContexts.length}`);

describe('workspace review (what the gold file teaches the workspace)', () => {
  it('teaches every term accepted, added or relabelled, and every rejection with its context', () => {
    const docs = gold(
      [a('added', 'bradicardia sinusale', 'PROBLEM', T(1)), a('accepted', 'bisoprololo', 'TREATMENT', T(2)), a('rejected', 'dolore toracico', 'PROBLEM', T(3))],
      [b('corrected', 'astenia', 'PROBLEM', T(4), { original: { start: NOTE_B.indexOf('astenia'), end: NOTE_B.indexOf('astenia') + 7, label: 'TEST' } })],
    );
    assert.deepEqual(terms(docs), ['bradicardia sinusale:PROBLEM:+1/-0', 'bisoprololo:TREATMENT:+1/-0', 'dolore toracico:PROBLEM:+0/-1', 'astenia:PROBLEM:+1/-0']);
    assert.equal(workspaceReview(docs).decisions, 4);
  });

  it('takes back exactly what an undone decision taught, and nothing else', () => {
    const kept = [a('accepted', 'bisoprololo', 'TREATMENT', T(1))];
    const undone = b('accepted', 'bisoprololo', 'TREATMENT', T(2));
    assert.deepEqual(terms(gold(kept, [undone])), ['bisoprololo:TREATMENT:+2/-0']);
    assert.deepEqual(terms(gold(kept)), ['bisoprololo:TREATMENT:+1/-0']);
  });

  it('leaves out every decision taken before learning was cleared, and learns from the ones after', () => {
    const docs = gold([a('accepted', 'bisoprololo', 'TREATMENT', T(1))], [b('added', 'astenia', 'PROBLEM', T(5))]);
    assert.deepEqual(terms(docs, T(3)), ['astenia:PROBLEM:+1/-0']);
    assert.equal(workspaceReview(docs, T(3)).decisions, 1);
    assert.deepEqual(workspaceReview(docs, T(3)).documents.map((d) => d.id), ['notes/b.txt'], 'a note whose decisions all came before teaches nothing');
  });

  it('counts a decision whose time cannot be read as taken before a clear', () => {
    const docs = gold([a('accepted', 'bisoprololo', 'TREATMENT', 'ieri')]);
    assert.equal(workspaceReview(docs, T(0)).decisions, 0);
    assert.equal(workspaceReview(docs).decisions, 1);
  });

  it('is due for a fit after refitEvery decisions since the last one, never with refitEvery 0', () => {
    assert.equal(refitDue(24, EMPTY_STATE, 25), false);
    assert.equal(refitDue(25, EMPTY_STATE, 25), true);
    assert.equal(refitDue(40, { ...EMPTY_STATE, decisionsAtLastFit: 25 }, 25), false);
    assert.equal(refitDue(50, { ...EMPTY_STATE, decisionsAtLastFit: 25 }, 25), true);
    assert.equal(refitDue(500, EMPTY_STATE, 0), false);
  });

  it('reads again only what changed, and gives what a full reading gives after every change', () => {
    const cache = new WorkspaceReviewCache();
    const hashed = (docs: ReturnType<typeof gold>) => docs.map((d) => ({ ...d, textHash: textHash(d.text) }));
    const steps: [ReturnType<typeof gold>, string | undefined][] = [
      [gold([a('accepted', 'bisoprololo', 'TREATMENT', T(1))]), undefined],
      [gold([a('accepted', 'bisoprololo', 'TREATMENT', T(1))], [b('added', 'astenia', 'PROBLEM', T(2))]), undefined],
      [gold([a('accepted', 'bisoprololo', 'TREATMENT', T(1)), a('rejected', 'dolore toracico', 'PROBLEM', T(3))], [b('added', 'astenia', 'PROBLEM', T(2))]), undefined],
      [gold([a('accepted', 'bisoprololo', 'TREATMENT', T(1))], [b('added', 'astenia', 'PROBLEM', T(2))]), undefined],
      [gold([a('accepted', 'bisoprololo', 'TREATMENT', T(1))], [b('added', 'astenia', 'PROBLEM', T(2))]), T(1)],
      [gold([a('accepted', 'bisoprololo', 'TREATMENT', T(1))]).slice(0, 1), T(1)],
    ];
    for (const [docs, clearedAt] of steps) assert.deepEqual(cache.review(hashed(docs), clearedAt), workspaceReview(docs, clearedAt));
    const first = cache.review(hashed(steps[0]![0]));
    assert.equal(cache.review(hashed(steps[0]![0])).documents[0], first.documents[0], 'an unchanged note is not read again');
  });
});
