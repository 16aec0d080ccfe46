import { annotatorsOf, goldOfOneAnnotator } from '../gold/annotators';
import type { GoldDocument } from '../gold/goldDocument';
import { documentsOf, parseGoldFile, type GoldFileIssue } from '../gold/goldFile';
import { InputError } from './cliIo';
import { readTextInput } from './textInput';

/** The documents of a gold file; malformed lines are one input error that names them (`action`: what to do again once they are fixed). */
export async function readGoldDocuments(file: string, action: string): Promise<GoldDocument[]> {
  const parsed = parseGoldFile(await readTextInput(file));
  const malformed = parsed.issues.filter((i) => i.severity === 'malformed');
  if (malformed.length > 0) throw new InputError(malformedSummary(file, malformed, parsed.entries.length, action));
  return documentsOf(parsed.entries);
}

/** One sentence however many lines are bad: the first one and its reason, and where the others are. */
function malformedSummary(file: string, malformed: readonly GoldFileIssue[], lines: number, action: string): string {
  const [first, ...others] = malformed;
  if (malformed.length === lines && lines > 1) {
    return `${file}: not a gold file (none of its ${lines} lines is a gold document; line ${first!.line}: ${first!.reason})`;
  }
  const shown = others.slice(0, 5).map((i) => i.line).join(', ') + (others.length > 5 ? '…' : '');
  const more = others.length === 0 ? '' : ` (and ${others.length} more malformed line${others.length === 1 ? '' : 's'}: ${shown})`;
  return `${file}:${first!.line}: ${first!.reason}${more}; fix or remove ${malformed.length === 1 ? 'this line' : 'these lines'} and ${action} again`;
}

/**
 * One gold per note (see `goldOfOneAnnotator`): `annotator`'s, or each note's only annotator's;
 * notes where several annotators decided need `--annotator`, and the error says whose there are.
 */
export function oneAnnotatorsGold(docs: readonly GoldDocument[], file: string, annotator?: string): GoldDocument[] {
  const chosen = goldOfOneAnnotator(docs, annotator);
  if ('documents' in chosen) {
    if (annotator !== undefined && chosen.documents.length === 0) {
      const everyone = [...new Set(docs.flatMap(annotatorsOf))].sort();
      throw new InputError(`${file}: no note has decisions by ${annotator}${everyone.length > 0 ? ` (annotators: ${everyone.join(', ')})` : ''}`);
    }
    return chosen.documents;
  }
  const names = [...new Set(chosen.shared.flatMap((d) => d.annotators))].sort();
  const notes = chosen.shared.map((d) => d.id);
  throw new InputError(
    `${file}: ${notes.length} note(s) have decisions by several annotators (${names.join(', ')}; ${notes.slice(0, 3).join(', ')}${notes.length > 3 ? '…' : ''}): ` +
      'choose whose gold to use with --annotator NAME, or adjudicate them into one file first',
  );
}
