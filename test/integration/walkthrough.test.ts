import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, settled, workspaceRoot } from './testSupport';

interface Step { id: string; title: string; description: string; media: { markdown?: string; image?: string }; completionEvents?: string[] }

describe('walkthrough', () => {
  const extension = () => vscode.extensions.getExtension(EXTENSION_ID)!;

  after(closeAllEditors);

  it('contributes "Get started with Clinical NER": open a sample, review with the keys, export', () => {
    const walkthroughs: { id: string; title: string; steps: Step[] }[] = extension().packageJSON.contributes.walkthroughs;
    const walkthrough = walkthroughs.find((w) => w.title === 'Get started with Clinical NER');
    assert.ok(walkthrough);
    const steps = walkthrough.steps.map((s) => s.id);
    assert.ok(steps.indexOf('openSample') === 0 && steps.includes('review') && steps.includes('export'), steps.join(', '));
    const commands: string[] = extension().packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && fs.existsSync(path.join(extension().extensionPath, media)), `${step.id}: media ${media}`);
      const links = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!);
      assert.ok(links.length > 0, `${step.id} has a command link`);
      for (const link of links) assert.ok(commands.includes(link) || link.endsWith('.focus'), `${step.id}: ${link} is contributed`);
    }
    assert.match(walkthrough.steps.find((s) => s.id === 'review')!.description, /\*\*A\*\* accepts/);
  });

  it('opens a bundled sample note as a copy in the workspace, annotated', async function () {
    const samples = path.join(extension().extensionPath, 'samples');
    const name = fs.existsSync(samples) ? fs.readdirSync(samples).filter((n) => n.endsWith('.txt')).sort()[0] : undefined;
    if (!name) this.skip();
    const uri = (await vscode.commands.executeCommand('clinicalNer.openSampleNote', { name })) as string;
    const copy = path.join(workspaceRoot(), 'clinical-ner-samples', name!);
    assert.equal(vscode.Uri.parse(uri).fsPath, copy);
    assert.equal(fs.readFileSync(copy, 'utf8'), fs.readFileSync(path.join(samples, name!), 'utf8'));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, copy);
    const state = await settled(editor.document);
    assert.equal(state.docId, `clinical-ner-samples/${name}`);
  });
});
