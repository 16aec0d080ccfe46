import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../../src/engine/batch/noteFiles';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';

export const GOOD_NOTE = 'Paziente con febbre 🤒 e tosse da tre giorni. Nega dispnea. In terapia con ramipril 5 mg.';

const GOLD_LINE = JSON.stringify({
  id: 'ps/verbale.txt', text: GOOD_NOTE, textHash: 'x', decisions: [{
    kind: 'accepted', start: 13, end: 19, label: 'PROBLEM', text: 'febbre', annotator: 'dr.rossi', time: '2025-03-01T10:00:00.000Z',
  }], updated: '2025-03-01T10:00:00.000Z',
});

/** Every bad input of the catalogue, made once in a folder that an unprivileged user can enter. */
export interface BadInputFixtures {
  root: string;
  /** A folder with one good note. */
  notes: string;
  goodNote: string;
  /** A folder with a good note and bad ones that need no permissions to be bad: each must fail alone. */
  badNotes: string;
  /** Their names, each failing with its own line. */
  badNoteNames: string[];
  /** A good note and a FIFO (a blocking read, in a child process only); undefined where mkfifo is missing. */
  fifoNotes: string | undefined;
  /** A good note, an unreadable subfolder and an unreadable note (for an unprivileged user). */
  lockedNotes: string;
  binary: string;
  latin1: string;
  utf16: string;
  oversized: string;
  gold: string;
  /** A CSV file: not a gold file at all. */
  csv: string;
  /** A gold file with a good line and two lines cut short. */
  goldWithBadLines: string;
  readOnlyOut: string;
  modelWithBrokenLexicon: string;
  modelWithBrokenPatternsJson: string;
  modelWithBadPatternRule: string;
  modelWithoutOnnx: string;
  modelWithoutTokenizer: string;
  modelWithBrokenConfig: string;
  remove(): void;
}

export function makeBadInputFixtures(): BadInputFixtures {
  const root = mkdtempSync(path.join(tmpdir(), 'bad-inputs-'));
  chmodSync(root, 0o755);
  const at = (...parts: string[]) => path.join(root, ...parts);
  const folder = (name: string) => {
    mkdirSync(at(name));
    return at(name);
  };
  const write = (file: string, content: string | Buffer) => {
    writeFileSync(file, content);
    return file;
  };

  const notes = folder('notes');
  const goodNote = write(path.join(notes, 'pronto-soccorso.txt'), GOOD_NOTE);
  const binary = write(at('scansione.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a, 0xe2, 0xe3]));
  const latin1 = write(at('lettera.txt'), Buffer.from('Lettera di dimissione.\nCittà: Bologna. Febbre, è stato trattato.', 'latin1'));
  const utf16 = write(at('referto.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Referto: anemia.', 'utf16le')]));
  const oversized = write(at('enorme.txt'), '');
  truncateSync(oversized, MAX_DOCUMENT_BYTES + 1024 * 1024); // sparse: costs no disk

  const badNotes = folder('bad-notes');
  write(path.join(badNotes, '01-buona.txt'), GOOD_NOTE);
  cpSync(binary, path.join(badNotes, '02-scansione.txt'));
  cpSync(latin1, path.join(badNotes, '03-lettera.txt'));
  cpSync(utf16, path.join(badNotes, '04-referto.txt'));
  symlinkSync(at('cancellata.txt'), path.join(badNotes, '05-rotta.txt'));
  truncateSync(write(path.join(badNotes, '06-enorme.txt'), ''), MAX_DOCUMENT_BYTES + 1);

  let fifoNotes: string | undefined = folder('fifo-notes');
  write(path.join(fifoNotes, 'buona.txt'), GOOD_NOTE);
  if (spawnSync('mkfifo', [path.join(fifoNotes, 'coda.txt')]).status !== 0) fifoNotes = undefined;

  const lockedNotes = folder('locked-notes');
  write(path.join(lockedNotes, 'buona.txt'), GOOD_NOTE);
  mkdirSync(path.join(lockedNotes, 'privata'));
  write(path.join(lockedNotes, 'privata', 'nota.txt'), GOOD_NOTE);
  chmodSync(path.join(lockedNotes, 'privata'), 0o000);
  chmodSync(write(path.join(lockedNotes, 'segreta.txt'), GOOD_NOTE), 0o000);

  const gold = write(at('gold.jsonl'), GOLD_LINE + '\n');
  const csv = write(at('gold.csv'), 'id,text\nps/1.txt,febbre\nps/2.txt,tosse\n');
  const goldWithBadLines = write(at('gold-damaged.jsonl'), `${GOLD_LINE}\n{"id": "ps/2.txt", "text": \n${GOLD_LINE.slice(0, 40)}\n`);
  folder('out');
  const readOnlyOut = write(at('consegnato.jsonl'), 'già consegnato\n');
  chmodSync(readOnlyOut, 0o444);

  const model = (name: string, files: Record<string, string>) => {
    const dir = at(name);
    cpSync(SEED_FORMAT_MODEL, dir, { recursive: true });
    rmSync(path.join(dir, 'invalid-onnx'), { recursive: true });
    for (const [file, content] of Object.entries(files)) write(path.join(dir, file), content);
    return dir;
  };
  const modelWithoutOnnx = model('model-without-onnx', {});
  rmSync(path.join(modelWithoutOnnx, 'model.onnx'));
  const modelWithoutTokenizer = model('model-without-tokenizer', {});
  rmSync(path.join(modelWithoutTokenizer, 'vocab.txt'));

  return {
    root, notes, goodNote, badNotes, fifoNotes, lockedNotes, binary, latin1, utf16, oversized, gold, csv, goldWithBadLines, readOnlyOut, modelWithoutOnnx, modelWithoutTokenizer,
    badNoteNames: ['02-scansione.txt', '03-lettera.txt', '04-referto.txt', '05-rotta.txt', '06-enorme.txt'],
    modelWithBrokenConfig: model('model-broken-config', { 'config.json': '{"id2label": {"0": "O",' }),
    modelWithBrokenLexicon: model('model-broken-lexicon', { 'lexicon.tsv': 'term\tlabel\tcode\tsource\tflags\nfebbre\tPROBLEM\nanemia\tDISEASE\n' }),
    modelWithBrokenPatternsJson: model('model-broken-patterns', { 'patterns.json': '{"rules": [{"id": "dose", ' }),
    modelWithBadPatternRule: model('model-bad-pattern', { 'patterns.json': JSON.stringify({ rules: [{ id: 'dose', label: 'DRUG', score: 0.9, regex: 'mg' }] }) }),
    remove: () => {
      chmodSync(path.join(lockedNotes, 'privata'), 0o755);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
