// The orthography of real documents, applied to a copy of a training note so that the model meets
// what the project's notes rarely have (issue "real text": typographic punctuation glued to spans,
// abbreviations with dots, capitals). Each copy draws its writer's habits once, as a person or a
// system writes a whole document one way.
import type { CompiledNote } from './compileNotes';

interface Habits {
  typographicApostrophe: boolean;
  quotes: 'plain' | 'guillemets' | 'curly';
  enDash: boolean;
  accentsAsApostrophes: boolean;
  dottedAbbreviations: boolean;
  /** Chance that a line is written in capitals. */
  capitalLines: number;
}

const FINAL_ACCENT: Record<string, string> = { à: "a'", è: "e'", é: "e'", ì: "i'", ò: "o'", ù: "u'" };

function drawHabits(random: () => number): Habits {
  const quotes = random();
  return {
    typographicApostrophe: random() < 0.5,
    quotes: quotes < 0.4 ? 'plain' : quotes < 0.7 ? 'guillemets' : 'curly',
    enDash: random() < 0.4,
    accentsAsApostrophes: random() < 0.15,
    dottedAbbreviations: random() < 0.15,
    capitalLines: random() < 0.15 ? 0.5 : 0,
  };
}

function rewrite(segment: string, habits: Habits): string {
  let text = segment;
  if (habits.typographicApostrophe) text = text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
  if (habits.accentsAsApostrophes) text = text.replace(/([àèéìòù])(?![\p{L}])/gu, (accent) => FINAL_ACCENT[accent]);
  if (habits.enDash) text = text.replace(/ - /g, ' – ');
  if (habits.dottedAbbreviations) text = text.replace(/(?<![\p{L}\p{N}.])(\p{Lu}{2,4})(?![\p{L}\p{N}])/gu, (abbreviation) => [...abbreviation].map((c) => `${c}.`).join(''));
  return text;
}

function quote(text: string, habits: Habits): string {
  if (habits.quotes === 'plain') return text;
  const [open, close] = habits.quotes === 'guillemets' ? ['«', '»'] : ['“', '”'];
  let opening = true;
  return text.replace(/"/g, () => {
    const mark = opening ? open : close;
    opening = !opening;
    return mark;
  });
}

/**
 * The note rewritten with one writer's orthographic habits; entity offsets follow the rewritten
 * text and every entity still covers its (rewritten) surface.
 */
export function realOrthography(note: CompiledNote, random: () => number): CompiledNote {
  const habits = drawHabits(random);
  let text = '';
  const entities: CompiledNote['entities'] = [];
  let cursor = 0;
  for (const entity of note.entities) {
    text += rewrite(note.text.slice(cursor, entity.start), habits);
    const surface = rewrite(entity.text, habits);
    entities.push({ ...entity, start: text.length, end: text.length + surface.length, text: surface });
    text += surface;
    cursor = entity.end;
  }
  text += rewrite(note.text.slice(cursor), habits);
  text = quote(text, habits);
  if (habits.capitalLines > 0) text = capitalizeSomeLines(text, habits.capitalLines, random);
  for (const entity of entities) entity.text = text.slice(entity.start, entity.end);
  return { ...note, text, entities };
}

/** Upper-cases some lines whole; upper-casing keeps the length of Italian text, so offsets hold. */
function capitalizeSomeLines(text: string, chance: number, random: () => number): string {
  return text
    .split('\n')
    .map((line) => {
      const upper = line.toUpperCase();
      return random() < chance && upper.length === line.length ? upper : line;
    })
    .join('\n');
}
