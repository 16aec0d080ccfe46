import { FormatError } from './annotatedDocument';

/** Parses JSON Lines, skipping blank lines; errors name the 1-based line. */
export function parseJsonLines(content: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  content.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    try {
      out.push({ value: JSON.parse(raw), line: index + 1 });
    } catch (e) {
      throw new FormatError(`invalid JSON: ${(e as Error).message}`, index + 1);
    }
  });
  return out;
}

export function toJsonLines(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v) + '\n').join('');
}
