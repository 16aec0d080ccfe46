// Merges the project's lexicon sources (training/lexicon/*.tsv) into the model folder's
// lexicon.tsv: checks every row, drops duplicates (case- and accent-insensitive, first wins) and
// generic words that would flood suggestions, and reports what it dropped.
//   npx tsx training/buildLexicon.ts OUT.tsv
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLabel } from '../src/engine/entity';

const SOURCES_DIR = join(__dirname, 'lexicon');
const HEADER = 'term\tlabel\tcode\tsource\tflags';
const KNOWN_FLAGS = new Set(['ambiguous', 'abbreviation', 'brand', 'case_sensitive']);
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
export function buildLexicon(): { content: string; entries: number; perLabel: Record<string, number>; duplicates: number; problems: string[]; dropped: string[] } {
  const files = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.tsv')).sort();
  const rows: string[] = [];
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const dropped: string[] = [];
  let duplicates = 0;
  for (const file of files) {
    readFileSync(join(SOURCES_DIR, file), 'utf8').split('\n').forEach((line, index) => {
      const where = `${file}:${index + 1}`;
      if (line.trim() === '' || line.startsWith('#') || line === HEADER) return;
      const cells = line.replace(/\r$/, '').split('\t');
      while (cells.length < 5) cells.push('');
      const [term, label, code, source, flags] = cells.map((c) => c.trim());
      if (cells.length > 5) return void problems.push(`${where}: ${cells.length} columns`);
      if (!term || !isLabel(label)) return void problems.push(`${where}: bad term or label "${label}"`);
      const unknown = flags.split(',').filter((f) => f && !KNOWN_FLAGS.has(f));
      if (unknown.length > 0) return void problems.push(`${where}: unknown flag ${unknown.join(',')}`);
      const key = lexiconKey(term);
      if (TOO_GENERIC.has(key)) return void dropped.push(`${where}: "${term}" is too generic to suggest alone`);
      // the same abbreviation may name two concepts: keep case-sensitive forms apart
      const identity = /^[\p{Lu}\d]{2,5}$/u.test(term) ? `${term}\u0000${label}` : key;
      if (seen.has(identity)) {
        duplicates++;
        return;
      }
      seen.set(identity, where);
      rows.push([term, label, code, source || 'clinical-ner', flags].join('\t'));
    });
  }
  const header = [
    '# clinical-ner default Italian clinical lexicon. Written by the clinical-ner project (Apache-2.0);',
    '# provenance per row in the source column, details in training/lexicon/PROVENANCE*.md.',
    HEADER,
  ];
  const perLabel: Record<string, number> = {};
  for (const r of rows) perLabel[r.split('\t')[1]] = (perLabel[r.split('\t')[1]] ?? 0) + 1;
  return { content: [...header, ...rows].join('\n') + '\n', entries: rows.length, perLabel, duplicates, problems, dropped };
}

function main(out: string): number {
  const { content, entries, perLabel, duplicates, problems, dropped } = buildLexicon();
  for (const p of [...problems, ...dropped]) console.error(`lexicon: ${p}`);
  writeFileSync(out, content);
  console.log(`lexicon: ${entries} entries ${JSON.stringify(perLabel)}; dropped ${duplicates} duplicates, ${dropped.length} generic words and ${problems.length} bad rows`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv[2]);
