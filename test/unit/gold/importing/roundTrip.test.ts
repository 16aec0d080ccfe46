import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Label } from '../../../../src/engine/entity';
import type { Decision } from '../../../../src/gold/decision';
import { deriveGoldSpans, type GoldSpan } from '../../../../src/gold/goldDocument';
import { serializeGoldDocument } from '../../../../src/gold/goldDocumentSchema';
import { GoldStore } from '../../../../src/gold/goldStore';
import { readImport, type ImportFormat } from '../../../../src/gold/importing/importFormats';
import { importIntoGold } from '../../../../src/gold/importing/importIntoGold';
import { EXPORT_FORMATS, exportGold } from '../../../../src/gold/review/goldExport';

// Words separated by single spaces and sentences by a line break: the form in which CoNLL and the
// seed layout, which keep words and not the text, give a note back unchanged.
const NOTES: Record<string, string> = {
  'reparto/n1.txt': 'Paziente con febbre e tosse , nega dispnea .\nSi prescrive amoxicillina 1 g .',
  'reparto/n2.txt': 'Emocromo : leucocitosi 🤒 neutrofila .',
};

/** What each format keeps of a gold span besides its bounds and label. */
const HOLDS: Record<ImportFormat, { assertion: boolean; code: boolean }> = {
  native: { assertion: true, code: true },
  spacy: { assertion: true, code: true },
  brat: { assertion: true, code: true },
  'label-studio': { assertion: true, code: false },
  'webanno-tsv': { assertion: false, code: true },
  doccano: { assertion: false, code: false },
  'conll-bio': { assertion: false, code: false },
  'conll-bioes': { assertion: false, code: false },
  seed: { assertion: false, code: false },
};

function decision(id: string, kind: Decision['kind'], words: string, label: Label, extra: Partial<Decision> = {}): Decision {
  const start = NOTES[id]!.indexOf(words);
  return { kind, start, end: start + words.length, label, text: words, annotator: 'dr.rossi', time: '2025-04-01T09:00:00.000Z', ...extra };
}

describe('every format round-trips: export, then import into an empty gold file, gives the same gold', () => {
  let dir: string;
  let original: GoldStore;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'roundtrip-'));
    original = await GoldStore.open(path.join(dir, 'gold.jsonl'));
    const [n1, n2] = Object.keys(NOTES) as [string, string];
    for (const [id, d] of [
      [n1, decision(n1, 'accepted', 'febbre', 'PROBLEM', { assertion: 'present', code: 'ICD10:R50.9', source: ['model'] })],
      [n1, decision(n1, 'corrected', 'tosse', 'PROBLEM', { original: { ...decision(n1, 'accepted', 'tosse', 'TEST') }, source: ['lexicon'] })],
      [n1, decision(n1, 'accepted', 'dispnea', 'PROBLEM', { assertion: 'negated', code: 'ICD10:R06.0' })],
      [n1, decision(n1, 'rejected', 'Paziente', 'TEST')],
      [n1, decision(n1, 'added', 'amoxicillina 1 g', 'TREATMENT', { assertion: 'hypothetical', code: 'ATC:J01CA04' })],
      [n2, decision(n2, 'accepted', 'Emocromo', 'TEST')],
      [n2, decision(n2, 'accepted', 'leucocitosi 🤒 neutrofila', 'PROBLEM', { assertion: 'uncertain' })],
    ] as const) {
      original.recordDecision(id, NOTES[id]!, { ...d, original: d.original && { start: d.original.start, end: d.original.end, label: d.original.label } });
    }
    original.markDone(n1, NOTES[n1]!, 'dr.rossi', true);
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  for (const { format } of EXPORT_FORMATS) {
    it(format, async () => {
      const { files, report } = exportGold(original.allDocuments(), format);
      assert.deepEqual(report.skipped, [], 'the notes hold nothing this format cannot');
      const copy = await GoldStore.open(path.join(dir, `${format}.jsonl`));
      const imported = importIntoGold(copy, format, readImport(format, files), { mapping: new Map(), annotator: 'dr.rossi', time: '2025-06-01T00:00:00.000Z' });
      assert.deepEqual([imported.problems, imported.documentsLeftOut], [[], []]);
      for (const doc of original.allDocuments()) {
        const back = copy.getDocument(doc.id);
        assert.ok(back, doc.id);
        if (format === 'native') {
          assert.equal(serializeGoldDocument(back), serializeGoldDocument(doc), 'native keeps every decision, time and done mark');
          continue;
        }
        assert.equal(back.text, doc.text);
        const holds = (s: GoldSpan) => ({
          start: s.start,
          end: s.end,
          label: s.label,
          ...(HOLDS[format].assertion && s.assertion && s.assertion !== 'present' ? { assertion: s.assertion } : {}),
          ...(HOLDS[format].code && s.code ? { code: s.code } : {}),
        });
        assert.deepEqual(deriveGoldSpans(back).map(holds), deriveGoldSpans(doc).map(holds));
      }
    });
  }
});
