import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEMO_WORKSPACE, startWorkspace } from '../../../scripts/start/startWorkspace';

const NOTE = 'Paziente con febbre e tosse da tre giorni. Nega dispnea.\n';

describe('the workspace npm start opens', () => {
  let repo: string;
  beforeEach(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'clinical-ner-start-workspace-'));
    mkdirSync(path.join(repo, 'samples'));
    writeFileSync(path.join(repo, 'samples', '02-verbale-pronto-soccorso.txt'), NOTE);
    writeFileSync(path.join(repo, 'samples', 'README.md'), '# Sample notes\n');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('makes the demo workspace from the sample notes the first time, without their README', () => {
    const workspace = startWorkspace(repo);
    assert.equal(workspace.folder, path.join(repo, DEMO_WORKSPACE));
    assert.equal(workspace.created, true);
    assert.deepEqual(readdirSync(workspace.folder), ['02-verbale-pronto-soccorso.txt']);
    assert.equal(workspace.goldFile, path.join(repo, DEMO_WORKSPACE, '.clinical-ner', 'gold.jsonl'));
    assert.deepEqual(readdirSync(repo).sort(), [DEMO_WORKSPACE, 'samples'], 'no half-made copy is left beside it');
  });

  it('reuses the demo workspace as it is: an edited note and the gold file stay', () => {
    const first = startWorkspace(repo);
    const edited = 'Paziente con febbre e tosse da tre giorni. Nega dispnea. Avviata terapia con paracetamolo.\n';
    writeFileSync(path.join(first.folder, '02-verbale-pronto-soccorso.txt'), edited);
    mkdirSync(path.dirname(first.goldFile));
    writeFileSync(first.goldFile, '{"id":"02-verbale-pronto-soccorso.txt"}\n');

    const again = startWorkspace(repo);
    assert.equal(again.created, false);
    assert.equal(readFileSync(path.join(again.folder, '02-verbale-pronto-soccorso.txt'), 'utf8'), edited);
    assert.equal(readFileSync(again.goldFile, 'utf8'), '{"id":"02-verbale-pronto-soccorso.txt"}\n');
  });

  it('opens the folder given, with the gold file its settings name', () => {
    const own = path.join(repo, 'reparto');
    mkdirSync(path.join(own, '.vscode'), { recursive: true });
    writeFileSync(path.join(own, '.vscode', 'settings.json'), JSON.stringify({ 'clinicalNer.goldFile': 'revisione/gold.jsonl' }));
    const workspace = startWorkspace(repo, own);
    assert.deepEqual(workspace, { folder: own, created: false, goldFile: path.join(own, 'revisione', 'gold.jsonl') });
    assert.equal(existsSync(path.join(repo, DEMO_WORKSPACE)), false, 'no demo workspace is made');
  });

  it('rejects a workspace that does not exist, in one sentence', () => {
    assert.throws(() => startWorkspace(repo, path.join(repo, 'manca')), /^Error: --workspace .*manca: no such folder \(give an existing folder of notes, or leave it out for the demo workspace\)$/);
  });
});
