// Sets up the offline VS Code runtime in $VSCODE_OFFLINE_DIR (default ./.vscode-offline): what is
// missing of Debian's packages (installed with apt-get as root; anyone else is told the command),
// Node 24 and code-server from the npm registry. npm start and npm test run it; once set up, it
// takes about a second.
// usage: node --import tsx scripts/setup-offline-vscode.ts [--browser]
//   --browser   also what the integration tests need: Debian's chromium and playwright-core
import * as path from 'node:path';
import { systemInstaller } from './setup/debianPackages';
import { runtimeDir, setUpOfflineVscode } from './setup/offlineVscodeRuntime';
import { SetupError } from './setup/setupError';

try {
  setUpOfflineVscode({
    dir: runtimeDir(path.resolve(__dirname, '..')),
    browser: process.argv.includes('--browser'),
    installer: systemInstaller,
    log: (line) => console.log(`[setup] ${line}`),
  });
} catch (error) {
  console.error(`[setup] ${error instanceof SetupError ? error.message : `the offline VS Code runtime could not be set up: ${String(error)}`}`);
  process.exit(1);
}
