import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { bertTokenizerJson } from '../../../../src/engine/model/bertTokenizerJson';
import { ModelFolderError } from '../../../../src/engine/model/modelFolderError';
import { SEED_FORMAT_MODEL } from './fixtures';

interface TokenizerJson {
  normalizer: Record<string, unknown>;
  post_processor: unknown;
  model: { vocab: Record<string, number> };
}

describe('bertTokenizerJson', () => {
  const vocab = readFileSync(path.join(SEED_FORMAT_MODEL, 'vocab.txt'), 'utf8');
  const build = (config: Record<string, unknown>) =>
    bertTokenizerJson(vocab, config, 'vocab.txt', 'tokenizer_config.json') as unknown as TokenizerJson;

  it('builds the seed model tokenizer: cased, accents kept, [CLS] 101 / [SEP] 102', () => {
    const json = build({ tokenizer_class: 'BertTokenizer', do_lower_case: false, strip_accents: null });
    assert.deepEqual(json.normalizer, {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: false,
    });
    assert.deepEqual(json.post_processor, { type: 'BertProcessing', sep: ['[SEP]', 102], cls: ['[CLS]', 101] });
    assert.equal(Object.keys(json.model.vocab).length, 28996);
    assert.equal(json.model.vocab['##bre'], 9730);
  });

  it('lower-cases by default, as transformers’ BertTokenizer does', () => {
    assert.equal(build({}).normalizer.lowercase, true);
  });

  it('passes an explicit strip_accents through', () => {
    assert.equal(build({ do_lower_case: false, strip_accents: true }).normalizer.strip_accents, true);
  });

  it('names the vocabulary file when a special token is not in it', () => {
    assert.throws(
      () => build({ cls_token: '<s>' }),
      (error: unknown) => error instanceof ModelFolderError && error.file === 'vocab.txt' && /cls_token "<s>"/.test(error.message),
    );
  });

  it('rejects an empty vocabulary', () => {
    assert.throws(() => bertTokenizerJson('', {}, 'vocab.txt', 'tokenizer_config.json'), /vocab.txt: is empty/);
  });
});
