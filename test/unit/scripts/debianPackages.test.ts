import { strict as assert } from 'node:assert';
import { ensureDebianPackages, type DebianPackage, type PackageInstaller } from '../../../scripts/setup/debianPackages';
import { SetupError } from '../../../scripts/setup/setupError';

/** Packages whose presence a fake apt-get changes; `present` names those installed at the start. */
function machine(present: string[], isRoot: boolean, aptInstalls = true) {
  const installed = new Set(present);
  const commands: string[] = [];
  const packages: DebianPackage[] = ['libkrb5-dev', 'pkg-config', 'chromium'].map((name) => ({ name, isInstalled: () => installed.has(name) }));
  const installer: PackageInstaller = {
    isRoot,
    run: (command, args) => {
      commands.push([command, ...args].join(' '));
      if (aptInstalls && args[0] === 'install') for (const name of args.filter((a) => !a.startsWith('-')).slice(1)) installed.add(name);
    },
  };
  return { packages, installer, commands };
}

describe('Debian packages of the offline VS Code runtime', () => {
  it('installs only the missing packages with apt-get when run as root', () => {
    const { packages, installer, commands } = machine(['pkg-config'], true);
    assert.deepEqual(ensureDebianPackages(packages, installer), ['libkrb5-dev', 'chromium']);
    assert.deepEqual(commands, ['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends libkrb5-dev chromium']);
  });

  it('runs nothing when every package is there', () => {
    const { packages, installer, commands } = machine(['libkrb5-dev', 'pkg-config', 'chromium'], false);
    assert.deepEqual(ensureDebianPackages(packages, installer), []);
    assert.deepEqual(commands, []);
  });

  it('tells a user who is not root, in one sentence, the exact command to run, and installs nothing', () => {
    const { packages, installer, commands } = machine(['pkg-config'], false);
    assert.throws(() => ensureDebianPackages(packages, installer), (error: unknown) => {
      assert.ok(error instanceof SetupError);
      assert.equal(error.message, 'The offline VS Code runtime needs the Debian packages libkrb5-dev, chromium: run `sudo apt-get update && sudo apt-get install -y --no-install-recommends libkrb5-dev chromium`, then this command again.');
      return true;
    });
    assert.deepEqual(commands, []);
  });

  it('says which packages are still missing when apt-get did not install them', () => {
    const { packages, installer } = machine([], true, false);
    assert.throws(() => ensureDebianPackages(packages, installer), /apt-get installed libkrb5-dev, pkg-config, chromium but they are still missing/);
  });
});
