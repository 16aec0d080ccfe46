// Builds the default model's WordPiece vocabulary: the `tokenizers` trainer learns 30,000 pieces
// from Italian words (Debian witalian), the lexicon and the training notes; the vocabulary is then
// cut to the pieces that the training corpus actually uses most, keeping every single character so
// that no word falls back to [UNK]. The trainer breaks ties in its own order, which changes from
// run to run (about 2 of 8,000 pieces), so the result is committed as training/vocab.txt and
// `--from` writes the tokenizer of a vocabulary file without learning anything.
//   npx tsx training/buildVocab.ts CORPUS_FILE… --out DIR --size N
//   npx tsx training/buildVocab.ts --from training/vocab.txt --out DIR
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer, WordPiece, bertNormalizer, bertPreTokenizer } from 'tokenizers';
import { bertTokenizerJson } from '../src/engine/model/bertTokenizerJson';

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

/** tokenizer.json of a lower-casing, accent-stripping BERT WordPiece tokenizer over `vocab`. */
function uncasedTokenizerJson(vocab: string[]): object {
  return bertTokenizerJson(vocab.join('\n'), { do_lower_case: true, strip_accents: true }, 'vocab.txt', 'tokenizer_config.json');
}

function writeVocabulary(outDir: string, vocab: string[]): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'vocab.txt'), vocab.join('\n') + '\n');
  writeFileSync(join(outDir, 'tokenizer.json'), JSON.stringify(uncasedTokenizerJson(vocab)));
}

async function main(argv: string[]): Promise<void> {
  const outIndex = argv.indexOf('--out');
  const fromIndex = argv.indexOf('--from');
  if (fromIndex >= 0) {
    const vocab = readFileSync(argv[fromIndex + 1], 'utf8').split('\n').filter((line) => line !== '');
    writeVocabulary(argv[outIndex + 1], vocab);
    console.log(`vocabulary: ${vocab.length} pieces from ${argv[fromIndex + 1]}`);
    return;
  }
  const sizeIndex = argv.indexOf('--size');
  const outDir = argv[outIndex + 1];
  const size = Number(argv[sizeIndex + 1] ?? 12000);
  const corpus = argv.filter((_, i) => i !== outIndex && i !== outIndex + 1 && i !== sizeIndex && i !== sizeIndex + 1);

  const trainer = new Tokenizer(WordPiece.empty());
  trainer.setNormalizer(bertNormalizer({ lowercase: true, stripAccents: true }));
  trainer.setPreTokenizer(bertPreTokenizer());
  trainer.train(corpus);
  const learned = Object.keys(trainer.getVocab());

  // Rank pieces by use: the notes and lexicon count by frequency, every word of the word list once.
  const full = Tokenizer.fromString(JSON.stringify(uncasedTokenizerJson([...SPECIAL_TOKENS, ...learned])));
  const usage = new Map<string, number>();
  for (const file of corpus) {
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (let i = 0; i < lines.length; i += 512) {
      const encodings = await full.encodeBatch(lines.slice(i, i + 512));
      for (const e of encodings) for (const t of e.getTokens()) usage.set(t, (usage.get(t) ?? 0) + 1);
    }
  }
  const characters = learned.filter((t) => t.replace(/^##/, '').length === 1);
  const ranked = learned
    .filter((t) => t.replace(/^##/, '').length > 1)
    .sort((a, b) => (usage.get(b) ?? 0) - (usage.get(a) ?? 0) || a.localeCompare(b));
  const kept = [...SPECIAL_TOKENS, ...characters.sort(), ...ranked.slice(0, Math.max(0, size - SPECIAL_TOKENS.length - characters.length))];
  writeVocabulary(outDir, kept);
  console.log(`vocabulary: ${kept.length} pieces (${characters.length} characters) from ${learned.length} learned`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
