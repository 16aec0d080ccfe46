import { AGREE_USAGE, runAgree } from './commands/agreeCommand';
import { ANNOTATE_USAGE, runAnnotate } from './commands/annotateCommand';
import { EVAL_USAGE, runEval } from './commands/evalCommand';
import { EXPORT_USAGE, runExport } from './commands/exportCommand';
import { IMPORT_USAGE, runImport } from './commands/importCommand';
import { LEARN_USAGE, runLearn } from './commands/learnCommand';
import { MERGE_SUGGESTIONS_USAGE, runMergeSuggestions } from './commands/mergeSuggestionsCommand';
import { QUANTIZE_USAGE, runQuantize } from './commands/quantizeCommand';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './cliIo';

const USAGE = `usage: clinical-ner <command> [options]

commands:
  annotate   find PROBLEM, TEST and TREATMENT entities in notes
  eval       compare predictions with gold: precision, recall, F1, confusion matrix
  export     write gold data as native JSONL, spaCy, doccano, brat, CoNLL, Label Studio, WebAnno TSV or the seed's layout
  learn      learn from reviewed gold: a model folder that suggests what the reviewer taught
  import     turn existing annotations (brat, doccano, spaCy, CoNLL, Label Studio, WebAnno TSV…) into gold decisions
  agree      inter-annotator agreement: span F1, Cohen's and Fleiss' kappa, statuses
  merge-suggestions  join the suggestion files of a sharded annotate run
  quantize   write an int8 copy of a model folder and compare its entities with the original's

${ANNOTATE_USAGE}
${EVAL_USAGE}
${EXPORT_USAGE}
${LEARN_USAGE}
${IMPORT_USAGE}
${AGREE_USAGE}
${MERGE_SUGGESTIONS_USAGE}
${QUANTIZE_USAGE}`;

const COMMANDS: Record<string, { run: (argv: string[], io: CliIo) => Promise<number>; usage: string }> = {
  annotate: { run: runAnnotate, usage: ANNOTATE_USAGE },
  eval: { run: runEval, usage: EVAL_USAGE },
  export: { run: runExport, usage: EXPORT_USAGE },
  learn: { run: runLearn, usage: LEARN_USAGE },
  import: { run: runImport, usage: IMPORT_USAGE },
  agree: { run: runAgree, usage: AGREE_USAGE },
  'merge-suggestions': { run: runMergeSuggestions, usage: MERGE_SUGGESTIONS_USAGE },
  quantize: { run: runQuantize, usage: QUANTIZE_USAGE },
};

const asksForHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || asksForHelp(command)) {
    // `clinical-ner help annotate` is `clinical-ner annotate --help`
    const named = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    // asked for, the usage is the output; given for want of a command, it is the error
    (command === undefined ? io.stderr : io.stdout).write((named?.usage ?? USAGE) + '\n');
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.stderr.write(`clinical-ner: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(entry.usage + '\n');
    return EXIT_OK;
  }
  return entry.run(rest, io);
}

if (require.main === module) {
  // `clinical-ner annotate … | head` closes the pipe early: that is not an error
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`clinical-ner: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
