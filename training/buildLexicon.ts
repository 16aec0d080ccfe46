// Merges the project's lexicon sources (training/lexicon: hand-written terms and expanded
// families, see lexicon/lexiconSources.ts) into the model folder's lexicon.tsv: checks every row's
// flags, drops duplicates across labels (case- and accent-insensitive, first wins) and generic
// words that would flood suggestions, and reports what it dropped. Writes the lexicon's index
// (lexicon.index, the term table ready-made for a fast load) beside it.
//   npx tsx training/buildLexicon.ts OUT.tsv
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LEXICON_INDEX_FILE, writeLexiconIndex } from '../src/engine/lexicon/lexiconIndex';
import { LEXICON_TSV_HEADER } from '../src/engine/lexicon/lexiconTsvParser';
import { LEXICON_SOURCES_DIR, lexiconRow, readLexiconSources } from './lexicon/lexiconSources';

const KNOWN_FLAGS = new Set(['ambiguous', 'abbreviation', 'brand', 'case_sensitive']);
// A code names its system, so that whoever reads an entity's code knows which terminology it is in.
const CODE_SYSTEMS: Record<string, RegExp> = { ICD10: /^[A-Z]\d\d(\.\d{1,2})?$/, ATC: /^[A-Z]\d\d[A-Z]{2}\d\d$/ };
// Words that are real but too generic to suggest alone (GUIDELINES.md, "Not entities"), and words
// that in notes mostly mean something else ("dolore a riposo", "in decubito laterale"; the brand
// Breva meets "brevi" through inflection).
const TOO_GENERIC = new Set(['controllo', 'visita', 'male', 'dolore', 'terapia', 'esame', 'esami', 'farmaco', 'farmaci',
  'analisi', 'cura', 'cure', 'intervento', 'malattia', 'disturbo', 'problema', 'sintomo', 'trattamento', 'referto',
  'riposo', 'decubito', 'breva']);

export function lexiconKey(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The model folder's lexicon.tsv content built from the sources, and what was dropped. */
export function buildLexicon(sourcesDir = LEXICON_SOURCES_DIR): { content: string; entries: number; perLabel: Record<string, number>; duplicates: number; problems: string[]; dropped: string[] } {
  const rows: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  const dropped: string[] = [];
  let duplicates = 0;
  for (const entry of readLexiconSources(sourcesDir).kept) {
    const where = `${entry.origin.name}:${entry.origin.line}`;
    const unknown = entry.flags.filter((f) => !KNOWN_FLAGS.has(f));
    if (unknown.length > 0) {
      problems.push(`${where}: unknown flag ${unknown.join(',')}`);
      continue;
    }
    if (entry.code !== undefined && !isSystemCode(entry.code)) {
      problems.push(`${where}: code "${entry.code}" is not ${Object.keys(CODE_SYSTEMS).map((s) => `${s}:…`).join(' or ')}`);
      continue;
    }
    const key = lexiconKey(entry.term);
    if (TOO_GENERIC.has(key)) {
      dropped.push(`${where}: "${entry.term}" is too generic to suggest alone`);
      continue;
    }
    // the same abbreviation may name two concepts: keep case-sensitive forms apart
    const identity = /^[\p{Lu}\d]{2,5}$/u.test(entry.term) ? `${entry.term}\u0000${entry.label}` : key;
    if (seen.has(identity)) {
      duplicates++;
      continue;
    }
    seen.add(identity);
    rows.push(lexiconRow({ ...entry, source: entry.source ?? 'clinical-ner' }));
  }
  const header = [
    '# clinical-ner default Italian clinical lexicon. Written by the clinical-ner project (Apache-2.0);',
    '# provenance per row in the source column, details in training/lexicon/PROVENANCE*.md.',
    LEXICON_TSV_HEADER.join('\t'),
  ];
  const perLabel: Record<string, number> = {};
  for (const r of rows) perLabel[r.split('\t')[1]] = (perLabel[r.split('\t')[1]] ?? 0) + 1;
  return { content: [...header, ...rows].join('\n') + '\n', entries: rows.length, perLabel, duplicates, problems, dropped };
}

function isSystemCode(code: string): boolean {
  const [system, value = ''] = code.split(':', 2);
  return CODE_SYSTEMS[system]?.test(value) ?? false;
}

function main(out: string): number {
  const { content, entries, perLabel, duplicates, problems, dropped } = buildLexicon();
  for (const p of [...problems, ...dropped]) console.error(`lexicon: ${p}`);
  if (problems.length > 0) {
    console.error(`lexicon: ${problems.length} bad rows; ${out} was not written`);
    return 1;
  }
  writeFileSync(out, content);
  writeFileSync(join(dirname(out), LEXICON_INDEX_FILE), writeLexiconIndex(content, out));
  console.log(`lexicon: ${entries} entries ${JSON.stringify(perLabel)}; dropped ${duplicates} duplicates and ${dropped.length} generic words`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv[2]);
  } catch (error) {
    console.error(`lexicon: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
