import { strict as assert } from 'node:assert';
import { main } from '../../../src/cli/main';
import { memoryIo } from './memoryIo';

describe('clinical-ner <command> --help', () => {
  const run = async (args: string[]) => {
    const { io, out, err } = memoryIo();
    const code = await main(args, io);
    return { code, out: out(), err: err() };
  };

  for (const command of ['annotate', 'eval', 'export', 'import', 'agree']) {
    it(`prints the usage of ${command} alone and exits 0`, async () => {
      for (const args of [[command, '--help'], [command, '-h'], ['help', command], [command, '--gold', 'nowhere.jsonl', '--help']]) {
        const { code, out, err } = await run(args);
        assert.equal(code, 0, args.join(' '));
        assert.match(out, new RegExp(`^usage: clinical-ner ${command} `), args.join(' '));
        assert.doesNotMatch(out, /commands:/, 'not the general usage');
        assert.equal(err, '');
      }
    });
  }

  it('prints the general usage for --help alone, and for no command with exit 2', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /commands:\n\s+annotate/);
    assert.equal((await run([])).code, 2);
  });
});
