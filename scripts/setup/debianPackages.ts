import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import * as path from 'node:path';
import { SetupError } from './setupError';

/** A Debian package that the offline VS Code runtime needs, and how to see that it is there. */
export interface DebianPackage {
  name: string;
  isInstalled: () => boolean;
}

/** How packages get installed: as root with apt-get; anyone else is told the command. */
export interface PackageInstaller {
  isRoot: boolean;
  /** Runs a command to its end; throws when it fails. */
  run: (command: string, args: readonly string[]) => void;
}

export function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** code-server compiles native modules at install: its kerberos module includes gssapi.h. */
export const BUILD_PACKAGES: readonly DebianPackage[] = [
  { name: 'libkrb5-dev', isInstalled: () => existsSync('/usr/include/gssapi/gssapi.h') },
  { name: 'pkg-config', isInstalled: () => onPath('pkg-config') },
];

/** The integration tests open the workbench in a headless browser. */
export const BROWSER_PACKAGES: readonly DebianPackage[] = [
  { name: 'chromium', isInstalled: () => onPath('chromium') },
];

export function aptGetCommand(names: readonly string[], sudo: boolean): string {
  const prefix = sudo ? 'sudo ' : '';
  return `${prefix}apt-get update && ${prefix}apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

/**
 * Installs the packages that are missing (as root), or stops with the one command a user must run;
 * `purpose` names what needs them. Returns the names it installed.
 */
export function ensureDebianPackages(packages: readonly DebianPackage[], installer: PackageInstaller, purpose = 'The offline VS Code runtime'): string[] {
  const missing = packages.filter((p) => !p.isInstalled()).map((p) => p.name);
  if (missing.length === 0) return [];
  if (!installer.isRoot) {
    throw new SetupError(`${purpose} needs the Debian packages ${missing.join(', ')}: run \`${aptGetCommand(missing, true)}\`, then this command again.`);
  }
  installer.run('apt-get', ['update', '-qq']);
  installer.run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  const stillMissing = packages.filter((p) => missing.includes(p.name) && !p.isInstalled()).map((p) => p.name);
  if (stillMissing.length > 0) throw new SetupError(`apt-get installed ${stillMissing.join(', ')} but they are still missing: run \`${aptGetCommand(stillMissing, false)}\` and read its messages.`);
  return missing;
}

/** apt-get on this machine, as the user that runs us. */
export const systemInstaller: PackageInstaller = {
  isRoot: process.getuid?.() === 0,
  run: (command, args) => {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new SetupError(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}); its messages are above.`);
  },
};
