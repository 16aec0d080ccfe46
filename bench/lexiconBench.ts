import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Lexicon } from '../src/engine/lexicon/lexicon';
import { loadLexiconFile } from '../src/engine/lexicon/lexiconFile';
import { median } from './benchTiming';
import { seededRandom } from './seededRandom';

export interface LexiconBenchResult {
  entries: number;
  noteWords: number;
  candidates: number;
  buildMs: number;
  /** Median over the timed runs of one `Lexicon.match` over the whole note. */
  matchMs: number;
  /** Fastest run: the least disturbed by other processes on a shared machine. */
  matchMinMs: number;
  /** Median of `note.split(/\s+/)` over the same note, measured in the same run. */
  baselineMs: number;
  /** matchMs / baselineMs. */
  ratio: number;
}

// Word parts that combine into plausible Italian clinical terms; the combinations are synthetic,
// the vocabulary is real, so the trie has realistic depth, branching and shared prefixes.
const PROBLEM_HEADS = ['insufficienza', 'dolore', 'frattura', 'stenosi', 'trombosi', 'neoplasia', 'carcinoma', 'ernia', 'lesione', 'infezione', 'ulcera', 'cisti', 'ematoma', 'edema', 'ischemia', 'emorragia', 'ipertrofia', 'dilatazione', 'calcolosi', 'displasia'];
const SITES = ['renale', 'epatica', 'cardiaca', 'polmonare', 'toracica', 'addominale', 'cerebrale', 'vertebrale', 'femorale', 'carotidea', 'coronarica', 'gastrica', 'intestinale', 'vescicale', 'prostatica', 'tiroidea', 'mammaria', 'cutanea', 'ossea', 'venosa', 'arteriosa', 'biliare', 'pancreatica', 'surrenalica', 'ovarica'];
const QUALIFIERS = ['acuta', 'cronica', 'destra', 'sinistra', 'bilaterale', 'severa', 'lieve', 'moderata', 'recidivante', 'distale', 'prossimale', 'diffusa', 'focale', 'multipla', 'primitiva', 'secondaria', 'congenita', 'post-traumatica', 'iatrogena', 'idiopatica', 'complicata', 'superficiale', 'profonda', 'stadio', 'grave', 'in fase attiva', 'in esiti', 'parziale', 'completa', 'subtotale', 'benigna', 'maligna', 'infiltrante', 'ostruttiva'];
const INN_STEMS = ['rami', 'enala', 'lisino', 'capto', 'peri', 'zofeno', 'losar', 'valsar', 'irbesar', 'candesar', 'telmisar', 'olmesar', 'bisopr', 'metopr', 'aten', 'carved', 'nebiv', 'propran', 'atorva', 'rosuva', 'simva', 'prava', 'amlodi', 'nifedi', 'lercanidi', 'omepr', 'pantopr', 'lansopr', 'esomepr', 'amoxi', 'ampi', 'piperaci', 'clari', 'azitro', 'eritro', 'cipro', 'levo', 'moxi', 'enoxa', 'dalte', 'nadro', 'rituxi', 'trastuzu', 'adalimu', 'infliximu', 'imati', 'erloti', 'gefiti', 'sorafe'];
const INN_SUFFIXES = ['pril', 'sartan', 'ololo', 'statina', 'dipina', 'prazolo', 'cillina', 'micina', 'floxacina', 'eparina', 'mab', 'nib'];
const FORMS = ['', 'compresse', 'fiale', 'sciroppo', 'cerotto', 'gocce', 'soluzione iniettabile', 'a rilascio prolungato'];
const TESTS = ['ecografia', 'TC', 'RM', 'radiografia', 'scintigrafia', 'angiografia', 'ecocolordoppler', 'biopsia', 'PET'];
const TEST_SITES = ['dell\'addome', 'del torace', 'del cranio', 'della tiroide', 'dei tronchi sovraortici', 'del rachide lombare', 'della pelvi', 'del collo', 'della spalla destra', 'del ginocchio sinistro', 'renale', 'epatica', 'cardiaca', 'mammaria', 'prostatica'];
const TEST_MODES = ['', 'con mdc', 'senza mdc', 'con contrasto', 'ad alta risoluzione', 'con doppler', 'transesofagea', 'di controllo'];
const FILLER = ['paziente', 'di', 'anni', 'giunge', 'in', 'PS', 'per', 'riferisce', 'da', 'circa', 'giorni', 'nega', 'con', 'e', 'la', 'il', 'si', 'evidenzia', 'eseguita', 'alla', 'visita', 'ore', 'mg', '5', 'die', 'non', 'in', 'terapia', 'controllo', 'pregresso', '.', ','];

function syntheticLexiconTsv(size: number): string {
  const rows = ['term\tlabel\tcode\tsource\tflags'];
  const add = (term: string, label: string) => rows.length <= size && rows.push(`${term}\t${label}\t\tsynthetic\t`);
  for (const stem of INN_STEMS) for (const suffix of INN_SUFFIXES) for (const form of FORMS) add(`${stem}${suffix}${form ? ' ' + form : ''}`, 'TREATMENT');
  for (const test of TESTS) for (const site of TEST_SITES) for (const mode of TEST_MODES) add(`${test} ${site}${mode ? ' ' + mode : ''}`, 'TEST');
  outer: for (const head of PROBLEM_HEADS) {
    for (const site of SITES) {
      add(`${head} ${site}`, 'PROBLEM');
      for (const q of QUALIFIERS) {
        add(`${head} ${site} ${q}`, 'PROBLEM');
        if (rows.length > size) break outer;
      }
    }
  }
  return rows.join('\n');
}

function syntheticNote(words: number, random: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const out: string[] = [];
  while (out.length < words) {
    const r = random();
    if (r < 0.08) out.push(pick(PROBLEM_HEADS), pick(SITES), pick(QUALIFIERS));
    else if (r < 0.12) out.push(`${pick(INN_STEMS)}${pick(INN_SUFFIXES)}`, '5', 'mg');
    else if (r < 0.15) out.push(pick(TESTS), pick(TEST_SITES));
    else out.push(pick(FILLER));
  }
  return out.slice(0, words).join(' ');
}


/** Builds a 20,000-entry lexicon and times `match` over a 10,000-word note (target: ≤ 20 ms). */
export function runLexiconBench(options: { entries?: number; noteWords?: number; runs?: number } = {}): LexiconBenchResult {
  const { entries = 20_000, noteWords = 10_000, runs = 31 } = options;
  const tsv = syntheticLexiconTsv(entries);
  const note = syntheticNote(noteWords, seededRandom(42));

  const buildStart = performance.now();
  const lexicon = Lexicon.fromTsv(tsv, 'synthetic.tsv');
  const buildMs = performance.now() - buildStart;

  let candidates = 0;
  const matchTimes: number[] = [];
  const baselineTimes: number[] = [];
  let sink = 0;
  for (let run = 0; run < runs; run++) {
    let t = performance.now();
    sink += note.split(/\s+/).length;
    baselineTimes.push(performance.now() - t);
    t = performance.now();
    candidates = lexicon.match(note).length;
    matchTimes.push(performance.now() - t);
  }
  if (sink < 0) throw new Error('unreachable');
  const matchMs = median(matchTimes);
  const baselineMs = median(baselineTimes);
  return { entries: lexicon.size, noteWords, candidates, buildMs, matchMs, matchMinMs: Math.min(...matchTimes), baselineMs, ratio: matchMs / baselineMs };
}

export interface LexiconLoadBenchResult {
  entries: number;
  /** Median of loadLexiconFile (the file read, checked against its index, the table read ready-made). */
  indexMs: number;
  /** Median of reading the same file and building its table from the text (Lexicon.fromTsv). */
  textMs: number;
  /** indexMs / textMs. */
  ratio: number;
}

/** Times loading a model folder's lexicon through its index against building it from its text, alternating. */
export async function runLexiconLoadBench(modelDir: string, runs = 7): Promise<LexiconLoadBenchResult | undefined> {
  const file = path.join(modelDir, 'lexicon.tsv');
  if (!(await loadLexiconFile(file)).fromIndex) return undefined;
  const indexTimes: number[] = [];
  const textTimes: number[] = [];
  let entries = 0;
  for (let run = 0; run < runs; run++) {
    let t = performance.now();
    entries = (await loadLexiconFile(file)).lexicon.size;
    indexTimes.push(performance.now() - t);
    t = performance.now();
    Lexicon.fromTsv(await readFile(file, 'utf8'), file);
    textTimes.push(performance.now() - t);
  }
  const indexMs = median(indexTimes);
  const textMs = median(textTimes);
  return { entries, indexMs, textMs, ratio: indexMs / textMs };
}
