import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { listNoteFiles, loadNote, NoteFileError, readNoteFile } from '../../../../src/engine/batch/noteFiles';

const NOTE = 'Paziente con febbre e tosse. Nega dispnea.';

describe('note files', () => {
  let dir: string;
  let socket: Server | undefined;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'note-files-'));
  });
  afterEach(() => {
    socket?.close();
    socket = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const problems = () => Object.fromEntries(listNoteFiles(dir).map((e) => [e.id, e.problem]));

  it('lists a FIFO with a note\'s name as a problem, never opening it', function () {
    if (spawnSync('mkfifo', [path.join(dir, 'coda.txt')]).status !== 0) this.skip();
    writeFileSync(path.join(dir, 'nota.txt'), NOTE);
    assert.deepEqual(problems(), {
      'coda.txt': `${path.join(dir, 'coda.txt')}: a FIFO (named pipe), not a note file; skipped without opening it`,
      'nota.txt': undefined,
    });
    const fifo = listNoteFiles(dir).find((e) => e.id === 'coda.txt')!;
    assert.throws(() => loadNote(fifo), (e: Error) => e instanceof NoteFileError && /a FIFO/.test(e.message));
  });

  it('lists a socket with a note\'s name as a problem', async function () {
    if (process.platform === 'win32') this.skip();
    const file = path.join(dir, 'ricovero.md');
    socket = createServer();
    await new Promise<void>((resolve) => socket!.listen(file, resolve));
    assert.deepEqual(problems(), { 'ricovero.md': `${file}: a socket, not a note file; skipped without opening it` });
  });

  it('lists a link to nothing as a problem, reads a link to a note and does not follow a link to a folder', () => {
    writeFileSync(path.join(dir, 'vera.txt'), NOTE);
    mkdirSync(path.join(dir, 'archivio'));
    symlinkSync(path.join(dir, 'cancellata.txt'), path.join(dir, 'rotta.txt'));
    symlinkSync(path.join(dir, 'vera.txt'), path.join(dir, 'copia.txt'));
    symlinkSync(path.join(dir, 'archivio'), path.join(dir, 'cartella.txt'));
    assert.deepEqual(problems(), {
      'copia.txt': undefined,
      'rotta.txt': `${path.join(dir, 'rotta.txt')}: a symbolic link to something that does not exist; skipped`,
      'vera.txt': undefined,
    });
    assert.equal(loadNote(listNoteFiles(dir).find((e) => e.id === 'copia.txt')!), NOTE);
  });

  it('refuses a device named on purpose, a folder and a Windows-1252 note, naming the file', () => {
    assert.throws(() => readNoteFile('/dev/null'), { message: '/dev/null: a device, not a note file; skipped without opening it' });
    assert.throws(() => readNoteFile(dir), { message: `${dir}: is a folder, not a note file` });
    const latin1 = path.join(dir, 'lettera.txt');
    writeFileSync(latin1, Buffer.from('Città: Bologna', 'latin1'));
    assert.throws(() => readNoteFile(latin1), (e: Error) => e instanceof NoteFileError && e.message.startsWith(`${latin1}: not valid UTF-8 (byte 0xE0`));
  });

  it('names the file and what to do when it is missing', () => {
    const missing = path.join(dir, 'assente.txt');
    assert.throws(() => readNoteFile(missing), { message: `${missing}: cannot read: it does not exist; check the path (ENOENT)` });
  });
});
