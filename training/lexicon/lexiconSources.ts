// The project's lexicon sources, in the order that decides which spelling wins: the hand-written
// terms (terms/LABEL/*.tsv, lexicon TSV rows) and then the families (families/LABEL/*.tsv, see
// lexiconFamilies.ts), each folder in file-name order. PROBLEM is de-duplicated on its own;
// TREATMENT and TEST together (sourceDeduplication.ts).
//   npx tsx training/lexicon/lexiconSources.ts [--out DIR]   counts; DIR gets one expanded TSV per label
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Label } from '../../src/engine/entity';
import type { LexiconEntry } from '../../src/engine/lexicon/lexiconEntry';
import { LEXICON_TSV_HEADER, parseLexiconTsv } from '../../src/engine/lexicon/lexiconTsvParser';
import { expandFamilyFile } from './lexiconFamilies';
import { deduplicate, inflectionKey, plainKey, spellingKey, type Deduplicated, type DuplicateKey } from './sourceDeduplication';

export const LEXICON_SOURCES_DIR = __dirname;
const REPO_ROOT = path.resolve(__dirname, '../..');
/** The order of the labels in the built lexicon. */
const LABEL_ORDER: Label[] = ['PROBLEM', 'TEST', 'TREATMENT'];

const SOURCE_GROUPS: { keys: DuplicateKey[]; folders: [kind: 'terms' | 'families', label: Label][] }[] = [
  { keys: [spellingKey, inflectionKey], folders: [['terms', 'PROBLEM'], ['families', 'PROBLEM']] },
  { keys: [plainKey], folders: [['terms', 'TREATMENT'], ['terms', 'TEST'], ['families', 'TREATMENT'], ['families', 'TEST']] },
];

/** Every source row that survives de-duplication (PROBLEM, TEST, TREATMENT), and the dropped ones. */
export function readLexiconSources(dir = LEXICON_SOURCES_DIR): Deduplicated {
  const shownDir = dir.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, dir) : dir;
  const kept: LexiconEntry[] = [];
  const dropped: Deduplicated['dropped'] = [];
  for (const group of SOURCE_GROUPS) {
    const rows = group.folders.flatMap(([kind, label]) => {
      const folder = path.join(dir, kind, label.toLowerCase());
      if (!existsSync(folder)) return [];
      return readdirSync(folder).filter((f) => f.endsWith('.tsv')).sort().flatMap((file) => {
        const text = readFileSync(path.join(folder, file), 'utf8');
        const name = path.join(shownDir, kind, label.toLowerCase(), file);
        return kind === 'families' ? expandFamilyFile(text, name, label) : handWritten(text, name, label);
      });
    });
    const result = deduplicate(rows, group.keys);
    kept.push(...result.kept);
    dropped.push(...result.dropped);
  }
  kept.sort((a, b) => LABEL_ORDER.indexOf(a.label) - LABEL_ORDER.indexOf(b.label));
  return { kept, dropped };
}

function handWritten(text: string, name: string, label: Label): LexiconEntry[] {
  const entries = parseLexiconTsv(text, name);
  const stray = entries.find((e) => e.label !== label);
  if (stray !== undefined) throw new Error(`${name}:${stray.origin.line}: a ${stray.label} row among the ${label} terms`);
  return entries;
}

/** One row of a lexicon TSV file. */
export function lexiconRow(entry: LexiconEntry): string {
  return [entry.term, entry.label, entry.code ?? '', entry.source ?? '', entry.flags.join(',')].join('\t');
}

function main(argv: string[]): number {
  const { kept, dropped } = readLexiconSources();
  const counts = new Map<string, number>();
  for (const e of kept) counts.set(`${e.label} ${e.source}`, (counts.get(`${e.label} ${e.source}`) ?? 0) + 1);
  for (const [what, n] of counts) console.log(`${what}: ${n}`);
  console.log(`${kept.length} rows; ${dropped.length} dropped as spellings of earlier rows`);
  const out = argv[argv.indexOf('--out') + 1];
  if (argv.includes('--out') && out !== undefined) {
    mkdirSync(out, { recursive: true });
    for (const label of LABEL_ORDER) {
      const rows = kept.filter((e) => e.label === label).map(lexiconRow);
      writeFileSync(path.join(out, `${label.toLowerCase()}.tsv`), [LEXICON_TSV_HEADER.join('\t'), ...rows].join('\n') + '\n');
    }
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`lexicon sources: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
