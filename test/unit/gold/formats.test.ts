import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { tokenizeWords } from '../../../src/engine/text/wordTokenizer';
import type { TagScheme } from '../../../src/engine/model/tagScheme';
import type { AnnotatedDocument, AnnotatedSpan } from '../../../src/gold/formats/annotatedDocument';
import { exportBrat, readBrat } from '../../../src/gold/formats/bratStandoff';
import { exportConll, readConll } from '../../../src/gold/formats/conll';
import { exportDoccano, readDoccano } from '../../../src/gold/formats/doccanoJsonl';
import { exportSeedLayout, readSeedLayout } from '../../../src/gold/formats/seedLayout';
import { exportSpacy, readSpacy } from '../../../src/gold/formats/spacyJsonl';
import { placeSpans } from '../../../src/gold/importing/spanPlacement';
import { documentWithCharSpans, documentWithTokenSpans, firstOfEachBounds, placed, sortSpans, withoutAssertions, withoutCodes } from './formatArbitraries';

const importBrat = (files: Parameters<typeof readBrat>[0]) => placed(readBrat(files));
const importConll = (content: string) => placed(readConll(content));
const importDoccano = (content: string) => placed(readDoccano(content));
const importSeedLayout = (content: string, delimiter?: ',' | '\t') => placed(readSeedLayout(content, delimiter));
const importSpacy = (content: string) => placed(readSpacy(content));

const NOTE = 'Pz 😷 con dolore toracico. ECG: ritmo sinusale.';
const at = (words: string, label: AnnotatedSpan['label'], extra: Partial<AnnotatedSpan> = {}, text = NOTE): AnnotatedSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, label, ...extra };
};
const DOC: AnnotatedDocument = { id: 'note/a.txt', text: NOTE, spans: [at('dolore toracico', 'PROBLEM', { assertion: 'negated', code: 'ICD10:R07.4' }), at('ECG', 'TEST')] };

describe('export formats', () => {
  describe('spaCy / Prodigy JSONL', () => {
    it('writes code-point offsets, word tokens and inclusive token_end', () => {
      const task = JSON.parse(exportSpacy([DOC]).output);
      assert.deepEqual(task.spans[0], { start: 9, end: 24, token_start: 3, token_end: 4, label: 'PROBLEM', assertion: 'negated', kb_id: 'ICD10:R07.4' });
      assert.equal([...NOTE].slice(9, 24).join(''), 'dolore toracico');
      assert.deepEqual(task.tokens[1], { text: '😷', start: 3, end: 4, id: 1, ws: true });
      assert.deepEqual(task.meta, { id: 'note/a.txt' });
    });

    it('reports a span that does not end on a token boundary', () => {
      const { report } = exportSpacy([{ ...DOC, spans: [at('dolore tor', 'PROBLEM')] }]);
      assert.equal(report.exported, 0);
      assert.deepEqual(report.skipped.map((s) => s.reason), ['not aligned to word tokens']);
    });

    it('keeps a hypothetical status; an unknown one is read as written, for the import to report', () => {
      const planned = { ...DOC, spans: [at('ECG', 'TEST', { assertion: 'hypothetical' })] };
      assert.deepEqual(importSpacy(exportSpacy([planned]).output)[0]!.spans, planned.spans);
      const task = '{"text":"ECG domani","spans":[{"start":0,"end":3,"label":"TEST","assertion":"planned"}]}';
      assert.equal(readSpacy(task)[0]!.spans[0]!.assertion, 'planned');
    });

    it("reads Prodigy's annotator and leaves out a task answered reject", () => {
      const [accepted, rejected] = readSpacy(
        '{"text":"Febbre","spans":[{"start":0,"end":6,"label":"PROBLEM"}],"answer":"accept","_annotator_id":"ner-rossi"}\n{"text":"Tosse","spans":[],"answer":"reject"}\n',
      );
      assert.equal(accepted!.annotator, 'ner-rossi');
      assert.equal(accepted!.excluded, undefined);
      assert.match(rejected!.excluded!, /reject/);
    });

    it('property: export then import gives the same documents, statuses and codes included', () => {
      fc.assert(
        fc.property(documentWithTokenSpans, (doc) => {
          const [back] = importSpacy(exportSpacy([doc]).output);
          assert.deepEqual(back, { ...doc, spans: sortSpans(doc.spans) });
        }),
      );
    });
  });

  describe('doccano JSONL', () => {
    it('writes [start, end, label] in code points', () => {
      assert.deepEqual(JSON.parse(exportDoccano([DOC]).output).label, [[9, 24, 'PROBLEM'], [26, 29, 'TEST']]);
    });

    it('reads the older "labels" key and relation-mode entities', () => {
      const [a, b] = importDoccano(
        '{"id":1,"text":"😷 Febbre","labels":[[2,8,"PROBLEM"]]}\n{"text":"TAC","entities":[{"id":4,"label":"TEST","start_offset":0,"end_offset":3}]}\n',
      );
      assert.deepEqual(a, { id: '1', text: '😷 Febbre', spans: [{ start: 3, end: 9, label: 'PROBLEM' }] });
      assert.deepEqual(b!.spans, [{ start: 0, end: 3, label: 'TEST' }]);
    });

    it('reads a label of its own as written and names the line of a malformed one', () => {
      assert.equal(readDoccano('{"text":"x","label":[[0,1,"DISEASE"]]}')[0]!.spans[0]!.label, 'DISEASE');
      assert.throws(() => readDoccano('{"text":"x","label":[[0,1,7]]}'), /line 1: label: not a string/);
    });

    it('property: export then import gives the same spans (statuses and codes are not part of the format)', () => {
      fc.assert(
        fc.property(documentWithCharSpans, (doc) => {
          const [back] = importDoccano(exportDoccano([doc]).output);
          assert.deepEqual(back, { ...withoutAssertions(doc), spans: sortSpans(withoutAssertions(doc).spans) });
        }),
      );
    });
  });

  describe('brat standoff', () => {
    it('writes text, .ann with code-point offsets, a Negated attribute and the code as a normalization', () => {
      const { output } = exportBrat([DOC]);
      const ann = output.find((f) => f.path === 'note/a.txt.ann')!.content;
      assert.equal(ann, 'T1\tPROBLEM 9 24\tdolore toracico\nA1\tNegated T1\nN1\tReference T1 ICD10:R07.4\tdolore toracico\nT2\tTEST 26 29\tECG\n');
      assert.equal(output.find((f) => f.path === 'note/a.txt.txt')!.content, NOTE);
      assert.match(output.find((f) => f.path === 'annotation.conf')!.content, /Negated\tArg:<ENTITY>/);
    });

    it('writes a hypothetical entity as a Hypothetical attribute, declared in annotation.conf, and reads it back', () => {
      const planned = { ...DOC, spans: [at('ECG', 'TEST', { assertion: 'hypothetical' })] };
      const { output } = exportBrat([planned]);
      assert.equal(output.find((f) => f.path === 'note/a.txt.ann')!.content, 'T1\tTEST 26 29\tECG\nA1\tHypothetical T1\n');
      assert.match(output.find((f) => f.path === 'annotation.conf')!.content, /^Hypothetical\tArg:<ENTITY>$/m);
      assert.deepEqual(importBrat(output)[0]!.spans, planned.spans);
    });

    it('splits a span across a CRLF line break into fragments and reads it back whole', () => {
      const text = 'Diagnosi: insufficienza\r\nrenale cronica';
      const doc = { id: 'x', text, spans: [at('insufficienza\r\nrenale', 'PROBLEM', {}, text)] };
      const { output } = exportBrat([doc]);
      assert.equal(output.find((f) => f.path === 'x.ann')!.content, 'T1\tPROBLEM 10 23;25 31\tinsufficienza renale\n');
      assert.deepEqual(importBrat(output), [doc]);
    });

    it('writes documents whose ids map to the same file under names of their own, and reports them', () => {
      const docs = ['x/..', 'x/_', 'a\\b', 'a/b', 'Nota', 'nota'].map((id) => ({ id, text: `Febbre (${id}).`, spans: [at('Febbre', 'PROBLEM', {}, `Febbre (${id}).`)] }));
      const { output, report } = exportBrat(docs);
      const texts = output.filter((f) => f.path.endsWith('.txt'));
      assert.equal(new Set(texts.map((f) => f.path.toLowerCase())).size, docs.length);
      assert.deepEqual(texts.map((f) => f.content), docs.map((d) => d.text));
      assert.deepEqual(report.renamed, [
        { docId: 'x/_', path: 'x/_~2.txt' },
        { docId: 'a/b', path: 'a/b~2.txt' },
        { docId: 'nota', path: 'nota~2.txt' },
      ]);
      assert.equal(report.exported, docs.length);
    });

    it('does not put a document\'s folder where another document\'s file is', () => {
      const { output, report } = exportBrat([{ id: 'a.txt', text: 'ECG', spans: [] }, { id: 'a.txt.txt/b', text: 'TAC', spans: [] }]);
      assert.deepEqual(output.map((f) => f.path).slice(1), ['a.txt.txt', 'a.txt.ann', 'a.txt.txt~2/b.txt', 'a.txt.txt~2/b.ann']);
      assert.deepEqual(report.renamed, [{ docId: 'a.txt.txt/b', path: 'a.txt.txt~2/b.txt' }]);
    });

    it('keeps the text each .ann line gives a span, for the import to check against the .txt', () => {
      const [doc] = readBrat([{ path: 'x.txt', content: 'Nega febbre.' }, { path: 'x.ann', content: 'T1\tPROBLEM 5 11\ttosse\n' }]);
      assert.deepEqual(doc!.spans, [{ start: 5, end: 11, label: 'PROBLEM', where: 'T1 (line 1)', text: 'tosse' }]);
    });

    it('keeps ids inside the export folder', () => {
      const { output } = exportBrat([{ id: '../../etc/passwd', text: 'x', spans: [] }]);
      assert.ok(output.every((f) => !f.path.startsWith('..') && !f.path.startsWith('/')));
    });

    it('property: export then import gives the same spans, statuses and codes, trimmed of line breaks at their edges', () => {
      fc.assert(
        fc.property(documentWithCharSpans, (doc) => {
          const { output, report } = exportBrat([doc]);
          const expected = doc.spans.flatMap((s) => {
            const inner = /^[\r\n]*([\s\S]*?)[\r\n]*$/.exec(doc.text.slice(s.start, s.end))!;
            if (inner[1] === '') return [];
            const start = s.start + doc.text.slice(s.start, s.end).indexOf(inner[1]!);
            return [{ ...s, start, end: start + inner[1]!.length }];
          });
          assert.equal(report.exported, expected.length);
          assert.equal(report.exported + report.skipped.length, doc.spans.length);
          // spans trimmed of their line breaks may come to share bounds: the import keeps the first
          const [back] = readBrat(output).map((source) => placeSpans(source, new Map()).document);
          assert.equal(back!.id, doc.id);
          assert.equal(back!.text, doc.text);
          assert.deepEqual(sortSpans(back!.spans), sortSpans(firstOfEachBounds(expected)));
        }),
      );
    });
  });

  for (const scheme of ['BIO', 'BIOES'] as TagScheme[]) {
    describe(`CoNLL ${scheme}`, () => {
      it('writes one word and tag per line and a blank line after each sentence', () => {
        const { output } = exportConll([DOC], scheme);
        const expectedEnd = scheme === 'BIO' ? 'toracico\tI-PROBLEM' : 'toracico\tE-PROBLEM';
        const expectedEcg = scheme === 'BIO' ? 'ECG\tB-TEST' : 'ECG\tS-TEST';
        assert.equal(
          output,
          `# doc_id = note/a.txt\nPz\tO\n😷\tO\ncon\tO\ndolore\tB-PROBLEM\n${expectedEnd}\n.\tO\n\n${expectedEcg}\n:\tO\nritmo\tO\nsinusale\tO\n.\tO\n\n`,
        );
      });

      it('reports overlapping spans instead of dropping them silently', () => {
        const doc = { ...DOC, spans: [at('dolore toracico', 'PROBLEM'), at('toracico', 'PROBLEM')] };
        const { report } = exportConll([doc], scheme);
        assert.deepEqual(report.skipped, [{ docId: 'note/a.txt', span: doc.spans[1], reason: 'overlaps another span' }]);
      });

      it('property: export then import gives the same spans over the rebuilt text', () => {
        fc.assert(fc.property(documentWithTokenSpans, (doc) => assertTokenRoundTrip(withoutCodes(doc), (d) => exportConll([d], scheme), importConll)));
      });
    });
  }

  describe('seed model layout', () => {
    it('writes a header and one row per word with BIOES tags, quoting commas', () => {
      const text = 'Hb 7,4 g/dl, anemia.';
      const { output } = exportSeedLayout([{ id: 'n1', text, spans: [at('anemia', 'PROBLEM', {}, text)] }]);
      const rows = output.split('\n');
      assert.equal(rows[0], 'sentence_id,words,labels,document_id');
      assert.ok(rows.includes('0,",",O,n1'));
      assert.ok(rows.includes('0,anemia,S-PROBLEM,n1'));
    });

    it('reads a file without document ids into one document', () => {
      const [doc] = importSeedLayout('sentence_id\twords\tlabels\n0\tnega\tO\n0\tdispnea\tS-PROBLEM\n1\tECG\tS-TEST\n', '\t');
      assert.deepEqual(doc, { id: 'seed', text: 'nega dispnea\nECG', spans: [{ start: 5, end: 12, label: 'PROBLEM' }, { start: 13, end: 16, label: 'TEST' }] });
    });

    for (const delimiter of [',', '\t'] as const) {
      it(`property: export then import gives the same spans over the rebuilt text (${delimiter === ',' ? 'CSV' : 'TSV'})`, () => {
        fc.assert(
          fc.property(documentWithTokenSpans, (doc) =>
            assertTokenRoundTrip(withoutCodes(doc), (d) => exportSeedLayout([d], delimiter), (c) => importSeedLayout(c, delimiter)),
          ),
        );
      });
    }
  });
});

/** Spans survive a token format when they map to the same tokens of the rebuilt text. */
function assertTokenRoundTrip(
  doc: AnnotatedDocument,
  exporter: (d: AnnotatedDocument) => { output: string; report: { exported: number; skipped: { span: AnnotatedSpan }[] } },
  importer: (content: string) => AnnotatedDocument[],
): void {
  const { output, report } = exporter(doc);
  assert.equal(report.exported + report.skipped.length, doc.spans.length);
  const imported = importer(output);
  const tokens = tokenizeWords(doc.text);
  if (tokens.length === 0) return;
  const back = imported.find((d) => d.id === doc.id)!;
  const rebuiltTokens = tokenizeWords(back.text);
  assert.deepEqual(rebuiltTokens.map((t) => t.text), tokens.map((t) => t.text));
  const skipped = new Set(report.skipped.map((s) => s.span));
  const expected = doc.spans
    .filter((s) => !skipped.has(s))
    .map((s) => {
      const first = tokens.findIndex((t) => t.start === s.start);
      const last = tokens.findIndex((t) => t.end === s.end);
      return { start: rebuiltTokens[first]!.start, end: rebuiltTokens[last]!.end, label: s.label };
    });
  assert.deepEqual(sortSpans(back.spans), sortSpans(expected));
}
