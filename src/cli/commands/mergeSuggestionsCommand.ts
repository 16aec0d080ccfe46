import { parseArgs } from 'node:util';
import { mergeSuggestionFiles, SuggestionMergeError } from '../../engine/batch/suggestionMerge';
import { EXIT_OK, InputError, UsageError, type CliIo } from '../cliIo';
import { reportingErrors } from '../commandErrors';

export const MERGE_SUGGESTIONS_USAGE = `usage: clinical-ner merge-suggestions FILE… --out FILE
  FILE…   the suggestion files of the shards of one run (annotate DIR --shard K/N --out FILE)
  --out   the joined file: every note once, sorted by id as an unsharded run writes it, so it
          equals that run's file line for line; written whole or not at all
  A shard file whose last line is cut short (its run was interrupted) is refused: run that shard
  again to finish it. Put the joined file in .clinical-ner/suggestions/ to review it in VS Code.`;

export async function runMergeSuggestions(argv: string[], io: CliIo): Promise<number> {
  return reportingErrors('merge-suggestions', MERGE_SUGGESTIONS_USAGE, io, async () => {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
    if (values.out === undefined) throw new UsageError('--out FILE is required');
    if (positionals.length === 0) throw new UsageError('no suggestion files to join');
    let report;
    try {
      report = mergeSuggestionFiles(positionals, values.out);
    } catch (error) {
      if (error instanceof SuggestionMergeError) throw new InputError(error.message);
      throw error;
    }
    const duplicates = report.duplicates > 0 ? `; ${report.duplicates} identical line(s) found in more than one file, written once` : '';
    io.stderr.write(`joined ${report.files.length} file(s) (${report.files.map((f) => f.notes).join(' + ')} notes) into ${values.out}: ${report.notes} notes${duplicates}\n`);
    return EXIT_OK;
  });
}
