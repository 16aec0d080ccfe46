import { runAnnotate, ANNOTATE_USAGE } from './commands/annotateCommand';
import { runEval } from './commands/evalCommand';
import { runExport } from './commands/exportCommand';
import { EXIT_INPUT_ERROR, EXIT_USAGE, InputError, UsageError, type CliIo } from './cliIo';
import { ModelFolderError } from '../engine/model/modelFolderError';

const USAGE = `usage: clinical-ner <command> [options]

commands:
  annotate   find PROBLEM, TEST and TREATMENT entities in notes
  eval       compare predictions with gold: precision, recall, F1, confusion matrix
  export     write gold data as native JSONL, spaCy, doccano, brat, CoNLL or the seed's layout

${ANNOTATE_USAGE}
  clinical-ner eval --gold G --pred P [--labels PROBLEM,TEST,TREATMENT] [--format table|json|markdown]
  clinical-ner export --gold G --format native|spacy|doccano|brat|conll-bio|conll-bioes|seed --out PATH`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  annotate: runAnnotate,
  eval: runEval,
  export: runExport,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE + '\n');
    return command === undefined ? EXIT_USAGE : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`clinical-ner: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`clinical-ner ${command}: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError || error instanceof ModelFolderError) {
      io.stderr.write(`clinical-ner ${command}: ${error.message}\n`);
      return EXIT_INPUT_ERROR;
    }
    throw error;
  }
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
