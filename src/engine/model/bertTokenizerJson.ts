import { ModelFolderError } from './modelFolderError';

type Json = Record<string, unknown>;

const SPECIAL_TOKEN_KEYS = ['pad_token', 'unk_token', 'cls_token', 'sep_token', 'mask_token'] as const;
const SPECIAL_TOKEN_DEFAULTS: Record<(typeof SPECIAL_TOKEN_KEYS)[number], string> = {
  pad_token: '[PAD]',
  unk_token: '[UNK]',
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  mask_token: '[MASK]',
};

function tokenContent(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Json).content === 'string') {
    return (value as Json).content as string;
  }
  return undefined;
}

/**
 * Builds the tokenizer.json that Hugging Face's BertTokenizerFast would build from `vocab.txt` and
 * `tokenizer_config.json`: BertNormalizer, BertPreTokenizer, WordPiece, BertProcessing.
 */
export function bertTokenizerJson(vocabText: string, tokenizerConfig: Json, vocabFile: string, configFile: string): Json {
  const lines = vocabText.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) throw new ModelFolderError(vocabFile, 'is empty');
  const vocab: Record<string, number> = {};
  // Like transformers' load_vocab: one token per line, its id is the line number.
  lines.forEach((token, id) => {
    vocab[token] = id;
  });

  const special = Object.fromEntries(
    SPECIAL_TOKEN_KEYS.map((key) => [key, tokenContent(tokenizerConfig[key]) ?? SPECIAL_TOKEN_DEFAULTS[key]]),
  ) as Record<(typeof SPECIAL_TOKEN_KEYS)[number], string>;
  for (const key of ['unk_token', 'cls_token', 'sep_token'] as const) {
    if (vocab[special[key]] === undefined) {
      throw new ModelFolderError(vocabFile, `has no ${key} "${special[key]}" (named in ${configFile} or the BERT default)`);
    }
  }
  // transformers' BertTokenizer defaults to do_lower_case true, and strip_accents null follows it.
  const lowercase = tokenizerConfig.do_lower_case !== false;
  const stripAccents = typeof tokenizerConfig.strip_accents === 'boolean' ? tokenizerConfig.strip_accents : null;
  const addedTokens = SPECIAL_TOKEN_KEYS.map((key) => special[key])
    .filter((token) => vocab[token] !== undefined)
    .map((token) => ({
      id: vocab[token],
      content: token,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    }));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: addedTokens,
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: tokenizerConfig.tokenize_chinese_chars !== false,
      strip_accents: stripAccents,
      lowercase,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'BertProcessing',
      sep: [special.sep_token, vocab[special.sep_token]],
      cls: [special.cls_token, vocab[special.cls_token]],
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: special.unk_token,
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}
