import { Writable } from 'node:stream';

/** stdout/stderr that remember what was written, for calling commands in tests. */
export function memoryIo() {
  const chunks = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk, _encoding, done) {
        chunks[key] += String(chunk);
        done();
      },
    });
  return { io: { stdout: sink('stdout'), stderr: sink('stderr') }, out: () => chunks.stdout, err: () => chunks.stderr };
}
