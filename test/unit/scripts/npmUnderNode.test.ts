import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { environmentForInnerNpm } from '../../../scripts/setup/npmUnderNode';
import { runtimeDir, runtimePaths } from '../../../scripts/setup/offlineVscodeRuntime';

const ROOT = path.resolve(__dirname, '../../..');

describe('npm under another Node (the offline VS Code runtime setup)', () => {
  it('drops what an outer npm run exported about its own Node and keeps where packages come from', () => {
    const whereFrom = {
      npm_config_registry: 'https://npm.ospedale.example/',
      'npm_config_@reparto:registry': 'https://npm.reparto.example/',
      'npm_config_//npm.ospedale.example/:_authToken': 'token',
      npm_config_https_proxy: 'http://proxy.ospedale.example:3128',
      npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
      npm_config_userconfig: '/root/.npmrc',
    };
    const outer = {
      PATH: '/usr/bin',
      HOME: '/root',
      NODE: '/usr/bin/node',
      INIT_CWD: '/work/clinical-ner',
      npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
      npm_config_nodedir: '/usr',
      npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
      npm_node_execpath: '/usr/bin/node',
      npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
      npm_lifecycle_event: 'start',
      npm_package_name: 'clinical-ner',
      NPM_CONFIG_PREFIX: '/usr',
      ...whereFrom,
    };
    assert.deepEqual(environmentForInnerNpm(outer, '/opt/node24/bin'), { PATH: `/opt/node24/bin${path.delimiter}/usr/bin`, HOME: '/root', ...whereFrom });
  });

  // code-server's postinstall reads the Node version from npm_config_user_agent and stops unless it
  // is 24. Here a package checks the same thing against the Node that runs it, and the setup
  // installs it under this test's Node while its parent `npm run` runs on the runtime's Node 24.
  it('installs a package that checks npm\'s Node under an npm run parent on another Node version', function () {
    this.timeout(120_000);
    const otherNode = runtimePaths(runtimeDir(ROOT)).node;
    assert.ok(existsSync(otherNode), `no Node 24 in ${runtimeDir(ROOT)}: run npm run setup:vscode first`);
    const otherVersion = execFileSync(otherNode, ['-v'], { encoding: 'utf8' }).trim();
    if (otherVersion.split('.')[0] === process.version.split('.')[0]) this.skip(); // this machine's Node is 24 already: no other Node to run under

    const dir = mkdtempSync(path.join(tmpdir(), 'clinical-ner-npm-parent-'));
    try {
      const pkg = path.join(dir, 'node-version-check');
      mkdirSync(pkg);
      writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'node-version-check', version: '1.0.0', scripts: { postinstall: 'node check.js' } }));
      writeFileSync(path.join(pkg, 'check.js'), [
        "const said = /node\\/v(\\d+)/.exec(process.env.npm_config_user_agent || '');",
        "const running = process.versions.node.split('.')[0];",
        'if (!said || said[1] !== running) {',
        '  console.error(`node-version-check requires the Node that runs npm: npm says node v${said && said[1]}, this is node v${running}`);',
        '  process.exit(1);',
        '}',
      ].join('\n'));
      execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: pkg });
      const tarball = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);

      const parent = path.join(dir, 'parent');
      mkdirSync(parent);
      const setupStep = path.join(parent, 'setUp.js');
      writeFileSync(setupStep, `require(${JSON.stringify(path.join(ROOT, 'scripts/setup/npmUnderNode.ts'))}).npmInstallUnderNode(${JSON.stringify({
        dir: path.join(dir, 'installed'),
        packages: [tarball],
        allowScripts: { 'node-version-check': true },
        node: process.execPath,
      })});`);
      const tsx = require.resolve('tsx/cjs', { paths: [ROOT] });
      writeFileSync(path.join(parent, 'package.json'), JSON.stringify({
        private: true,
        scripts: { 'set-up': `${JSON.stringify(process.execPath)} --require ${JSON.stringify(tsx)} setUp.js` },
      }));
      const npmCli = realpathSync(execFileSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
      // started as from a shell: without the npm variables of the npm that may run this test
      const shellEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
      const run = spawnSync(otherNode, [npmCli, 'run', 'set-up'], { cwd: parent, env: shellEnv, encoding: 'utf8' });
      assert.equal(run.status, 0, `npm run set-up under ${otherVersion} failed:\n${run.stdout}\n${run.stderr}`);
      assert.ok(existsSync(path.join(dir, 'installed', 'node_modules', 'node-version-check', 'check.js')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
