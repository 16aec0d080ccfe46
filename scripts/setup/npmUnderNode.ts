import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { SetupError } from './setupError';

// npm reads every npm_config_* variable as configuration, and `npm run` puts its own into the
// script's environment: npm_config_user_agent names the Node of the outer npm (code-server's
// postinstall reads its version there), npm_config_nodedir its headers, npm_node_execpath its binary.
// An npm started for another Node must not take them over. Kept: where packages come from and how to
// reach it (a registry or proxy given in the environment or in a project's .npmrc, certificates,
// the config files, the cache); the inner npm still reads the user's and the global .npmrc itself.
const KEPT_NPM_CONFIG = /^npm_config_(?:registry|@[^:]+:registry|\/\/.+|proxy|https_proxy|noproxy|cafile|ca|cert|key|strict_ssl|userconfig|globalconfig|cache)$/i;
// npm sets these too for the scripts it runs, pointing at the outer Node and package.
const OUTER_NPM_VARIABLES = new Set(['NODE', 'INIT_CWD']);

/** The environment for an npm that runs under the Node in `nodeBinDir`, started from `env`. */
export function environmentForInnerNpm(env: NodeJS.ProcessEnv, nodeBinDir: string): NodeJS.ProcessEnv {
  const inner: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (OUTER_NPM_VARIABLES.has(name) || (/^npm_/i.test(name) && !KEPT_NPM_CONFIG.test(name))) continue;
    inner[name] = value;
  }
  inner.PATH = [nodeBinDir, env.PATH].filter(Boolean).join(path.delimiter);
  return inner;
}

export interface InstallUnderNode {
  /** The folder that gets package.json and node_modules. */
  dir: string;
  packages: readonly string[];
  /** Whose install scripts run (package.json `allowScripts`); naming each keeps npm from warning. */
  allowScripts: Readonly<Record<string, boolean>>;
  /** The Node binary that runs npm and the install scripts. */
  node: string;
  /** That Node's headers (a folder with include/node), for the native modules compiled at install. */
  nodedir?: string;
}

/** `npm install` of `packages` into `dir` as if npm had been started under `node`, not under the Node that runs us. */
export function npmInstallUnderNode(install: InstallUnderNode, env: NodeJS.ProcessEnv = process.env): void {
  mkdirSync(install.dir, { recursive: true });
  writeFileSync(path.join(install.dir, 'package.json'), JSON.stringify({ private: true, allowScripts: install.allowScripts }, null, 2) + '\n');
  const innerEnv = environmentForInnerNpm(env, path.dirname(install.node));
  if (install.nodedir) innerEnv.npm_config_nodedir = install.nodedir;
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', ...install.packages], { cwd: install.dir, env: innerEnv, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new SetupError(`npm install ${install.packages.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}); npm's messages are above.`);
  }
}
