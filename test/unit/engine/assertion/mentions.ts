import { strict as assert } from 'node:assert';
import { assignAssertions } from '../../../../src/engine/assertion/assertionDetector';
import type { Entity, Label } from '../../../../src/engine/entity';

/** Entities for the given mentions (PROBLEM unless `text|LABEL`), found left to right. */
export function entities(sentence: string, mentions: string[]): Entity[] {
  let from = 0;
  return mentions.map((mention) => {
    const [text = '', label = 'PROBLEM'] = mention.split('|');
    const start = sentence.indexOf(text, from);
    assert.ok(start >= 0, `${text} in ${sentence}`);
    from = start + text.length;
    return { start, end: start + text.length, label: label as Label, text, score: 0.9, source: ['model'] };
  });
}

/** `text:status` for each mention, as the default cues assign them. */
export function assertions(sentence: string, mentions: string[]): string[] {
  return assignAssertions(sentence, entities(sentence, mentions)).map((e) => `${e.text}:${e.assertion}`);
}
