// Builds the default model's WordPiece vocabulary: the `tokenizers` trainer learns 30,000 pieces
// from Italian words (Debian witalian), the lexicon and the training notes; the vocabulary is then
// cut to the pieces that the training corpus actually uses most, keeping every single character so
// that no word falls back to [UNK].
//   npx tsx training/buildVocab.ts CORPUS_FILE… --out DIR --size N
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer, WordPiece, bertNormalizer, bertPreTokenizer } from 'tokenizers';

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

export function bertTokenizerJson(vocab: string[], lowercase: boolean, stripAccents: boolean): object {
  const ids = Object.fromEntries(vocab.map((token, id) => [token, id]));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: ids[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: stripAccents, lowercase },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'BertProcessing', sep: ['[SEP]', ids['[SEP]']], cls: ['[CLS]', ids['[CLS]']],
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

async function main(argv: string[]): Promise<void> {
  const outIndex = argv.indexOf('--out');
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
  const full = Tokenizer.fromString(JSON.stringify(bertTokenizerJson([...SPECIAL_TOKENS, ...learned], true, true)));
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
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'vocab.txt'), kept.join('\n') + '\n');
  writeFileSync(join(outDir, 'tokenizer.json'), JSON.stringify(bertTokenizerJson(kept, true, true)));
  console.log(`vocabulary: ${kept.length} pieces (${characters.length} characters) from ${learned.length} learned`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
