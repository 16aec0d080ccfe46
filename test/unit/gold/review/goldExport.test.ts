import { strict as assert } from 'node:assert';
import { EXPORT_FORMATS, exportGold } from '../../../../src/gold/review/goldExport';
import type { GoldDocument } from '../../../../src/gold/goldDocument';
import { textHash } from '../../../../src/gold/textHash';
import { decided, NOTE } from './reviewFixtures';

const doc: GoldDocument = {
  id: 'note/a.txt',
  text: NOTE,
  textHash: textHash(NOTE),
  decisions: [decided('accepted', 'febbre', 'PROBLEM', '2025-04-01T09:00:00.000Z'), decided('added', 'amoxicillina', 'TREATMENT', '2025-04-01T09:01:00.000Z')],
  updated: '2025-04-01T09:01:00.000Z',
};

describe('exportGold', () => {
  it('writes every format, brat and WebAnno TSV as a folder of files', () => {
    for (const { format, folder, fileName } of EXPORT_FORMATS) {
      const { files, report } = exportGold([doc], format);
      assert.equal(report.exported, 2, format);
      if (folder) assert.ok(files.some((f) => f.path.startsWith('note/a.txt.')), format);
      else assert.deepEqual(files.map((f) => f.path), [fileName], format);
    }
  });

  it('puts the accepted spans into spaCy JSONL', () => {
    const line = JSON.parse(exportGold([doc], 'spacy').files[0]!.content.trim());
    assert.deepEqual(line.spans.map((s: { label: string }) => s.label), ['PROBLEM', 'TREATMENT']);
  });
});
