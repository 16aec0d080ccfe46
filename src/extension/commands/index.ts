import type * as vscode from 'vscode';
import type { Container } from '../container';
import { registerAddEntityCommand } from './addEntityCommand';
import { registerAdjudicationCommands } from './adjudicationCommands';
import { registerAnnotateFolderCommand } from './annotateFolderCommand';
import { registerAnnotateNowCommand } from './annotateNowCommand';
import { registerBulkCommands } from './bulkAcceptCommands';
import { registerChangeLabelCommand } from './changeLabelCommand';
import { registerDecisionCommands } from './decisionCommands';
import { registerEvaluateModelCommand } from './evaluateModelCommand';
import { registerExportGoldCommand } from './exportGoldCommand';
import { registerImportAnnotationsCommand } from './importAnnotationsCommand';
import { registerNavigateCommands } from './navigateCommand';
import { registerNoteDoneCommands } from './noteDoneCommands';
import { registerOpenSampleNoteCommand } from './openSampleNoteCommand';
import { registerOtherAnnotatorCommands } from './otherAnnotatorCommand';
import { registerRemoveEntityCommand } from './removeEntityCommand';
import { registerRevealEntityCommand } from './revealEntityCommand';
import { registerReviewModeCommands } from './reviewModeCommands';
import { registerSetAssertionCommand } from './setAssertionCommand';
import { registerShowAgreementCommand } from './showAgreementCommand';
import { registerTestStateCommand } from './testStateCommand';
import { registerTreeFilterCommands } from './treeFilterCommands';
import { registerUndoCommand } from './undoCommand';

export function registerCommands(c: Container): vscode.Disposable[] {
  return [
    registerAnnotateNowCommand(c),
    ...registerNavigateCommands(c),
    ...registerDecisionCommands(c),
    registerChangeLabelCommand(c),
    registerSetAssertionCommand(c),
    registerAddEntityCommand(c),
    registerRemoveEntityCommand(c),
    ...registerBulkCommands(c),
    registerUndoCommand(c),
    ...registerReviewModeCommands(c),
    registerRevealEntityCommand(c),
    ...registerTreeFilterCommands(c),
    registerExportGoldCommand(c),
    registerAnnotateFolderCommand(c),
    registerEvaluateModelCommand(c),
    registerImportAnnotationsCommand(c),
    ...registerNoteDoneCommands(c),
    ...registerOtherAnnotatorCommands(c),
    registerShowAgreementCommand(c),
    ...registerAdjudicationCommands(c),
    registerOpenSampleNoteCommand(c),
    ...registerTestStateCommand(c),
  ];
}
