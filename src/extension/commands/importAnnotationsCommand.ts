import * as vscode from 'vscode';
import { LABELS, type Label } from '../../engine/entity';
import { FormatError } from '../../gold/formats/annotatedDocument';
import { readImportFiles } from '../../gold/importing/importFiles';
import { FOLDER_FORMATS, IMPORT_FORMATS, readImport, type ImportFormat, type ImportInput } from '../../gold/importing/importFormats';
import { renderImportReport, type ImportReport } from '../../gold/importing/importReport';
import { parseLabelMapping, resolveLabel } from '../../gold/importing/labelMapping';
import type { Container } from '../container';

export interface ImportAnnotationsArgs {
  format?: ImportFormat;
  /** The file, or the folder for brat and WebAnno TSV (skips the dialog). */
  path?: string;
  /** `SRC=LABEL,…` as on the command line; labels it leaves unknown are asked for, unless `ask` is false. */
  map?: string;
  ask?: boolean;
}

/**
 * "Import Annotations…": existing annotations (brat, doccano, spaCy/Prodigy, CoNLL, Label Studio,
 * WebAnno TSV, the seed layout, another gold file) into the workspace gold file, as decisions of
 * the annotator the file names, else of `clinicalNer.annotator`. Labels the project does not have
 * are asked for one by one (a project label, or leave out). The report of what could not be
 * imported opens beside.
 */
export function registerImportAnnotationsCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.importAnnotations', async (arg?: ImportAnnotationsArgs): Promise<ImportReport | undefined> => {
    const format = arg?.format ?? (await vscode.window.showQuickPick([...IMPORT_FORMATS], { title: 'Import annotations from…' })) as ImportFormat | undefined;
    if (!format) return undefined;
    const folder = FOLDER_FORMATS.includes(format);
    const path = arg?.path ?? (await vscode.window.showOpenDialog({ canSelectFolders: folder, canSelectFiles: !folder, openLabel: 'Import', title: `Import ${format} ${folder ? 'folder' : 'file'}` }))?.[0]?.fsPath;
    if (!path) return undefined;
    let input: ImportInput;
    let mapping: Map<string, Label | null>;
    try {
      input = readImport(format, await readImportFiles(format, path));
      mapping = parseLabelMapping(arg?.map ?? '');
    } catch (error) {
      const reason = error instanceof FormatError ? `${error.message} (is it ${format}?)` : (error as Error).message;
      void vscode.window.showErrorMessage(`Clinical NER: cannot import ${path}: ${reason}`);
      return undefined;
    }
    if (arg?.ask !== false && !(await askUnknownLabels(input, mapping))) return undefined;
    const report = await c.gold.importAnnotations(format, input, { mapping, time: new Date().toISOString() });
    const leftOut = report.documentsLeftOut.length + report.problems.filter((p) => !p.kept).length;
    const summary = `Clinical NER: imported ${report.imported} decision(s) from ${report.documents} document(s)${leftOut > 0 ? `; ${leftOut} left out` : ''}.`;
    void vscode.window.showInformationMessage(summary, ...(report.problems.length + report.documentsLeftOut.length > 0 ? ['Show Report'] : [])).then(async (choice) => {
      if (choice) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: renderImportReport(report, c.gold.file), language: 'plaintext' }));
    });
    return report;
  });
}

/** Asks, for each label of the file the project does not have, which label it is (or to leave it out); false when dismissed. */
async function askUnknownLabels(input: ImportInput, mapping: Map<string, Label | null>): Promise<boolean> {
  const labels = input.kind === 'native' ? [] : [...new Set(input.sources.flatMap((s) => s.spans.map((x) => x.label)))];
  for (const label of labels.filter((l) => resolveLabel(l, mapping).kind === 'unknown').sort()) {
    const items = [...LABELS.map((l) => ({ label: l, value: l as Label | null })), { label: 'Leave out', value: null }];
    const picked = await vscode.window.showQuickPick(items, { title: `The file's label "${label}" is which of the project's?` });
    if (!picked) return false;
    mapping.set(label, picked.value);
  }
  return true;
}
