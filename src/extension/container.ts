import * as vscode from 'vscode';
import { AdjudicationService } from './adjudicationService';
import { registerCommands } from './commands';
import { ConfigService } from './config';
import { DecorationController } from './decorationController';
import { DocumentTracker } from './documentTracker';
import { EngineService } from './engineService';
import { EntityCodeActionProvider } from './entityCodeActions';
import { EntityHoverProvider } from './entityHover';
import { EntityTreeProvider } from './entityTree';
import { documentUri } from './documentEligibility';
import { EvaluationPanel } from './evaluationPanel';
import { GoldService } from './goldService';
import { NotesTreeProvider } from './notesTree';
import { OtherAnnotatorView } from './otherAnnotatorView';
import { LearningService } from './learningService';
import { LearningStatusBar } from './learningStatusBar';
import { ReviewModeService } from './reviewMode';
import { ReviewService } from './reviewService';
import { warmUpForReviewWork } from './reviewWorkspaceWarmUp';
import { StatusBarController } from './statusBar';
import { StoredSuggestionService } from './storedSuggestionService';

const SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }];

/**
 * The composition root: builds every service once, in dependency order; nothing else creates
 * services. Each is a Disposable registered in the extension context.
 */
export class Container {
  readonly config: ConfigService;
  readonly engine: EngineService;
  readonly gold: GoldService;
  readonly storedSuggestions: StoredSuggestionService;
  readonly learning: LearningService;
  readonly tracker: DocumentTracker;
  readonly review: ReviewService;
  readonly reviewMode: ReviewModeService;
  readonly decorations: DecorationController;
  readonly tree: EntityTreeProvider;
  readonly notes: NotesTreeProvider;
  readonly otherAnnotator: OtherAnnotatorView;
  readonly adjudication: AdjudicationService;
  readonly statusBar: StatusBarController;
  readonly learningStatusBar: LearningStatusBar;
  readonly evaluationPanel: EvaluationPanel;

  constructor(readonly context: vscode.ExtensionContext) {
    // every service goes into context.subscriptions, so the extension host disposes it on deactivation
    const own = <T extends vscode.Disposable>(service: T): T => {
      context.subscriptions.push(service);
      return service;
    };
    this.config = own(new ConfigService());
    this.engine = own(new EngineService(this.config));
    this.gold = own(new GoldService(this.config, context.globalStorageUri));
    this.storedSuggestions = own(new StoredSuggestionService(this.config, context.globalStorageUri));
    this.learning = own(new LearningService(this.config, this.engine, this.gold, context.globalStorageUri));
    void warmUpForReviewWork(this.gold, this.engine);
    this.tracker = own(new DocumentTracker(this.config, this.engine, this.gold, this.storedSuggestions, this.learning));
    this.review = own(new ReviewService(this.config, this.tracker, this.gold));
    this.reviewMode = own(new ReviewModeService(this.tracker));
    this.otherAnnotator = own(new OtherAnnotatorView(this.gold, this.tracker));
    this.adjudication = own(new AdjudicationService(this.gold));
    const overlays = [this.otherAnnotator, this.adjudication];
    this.decorations = own(new DecorationController(this.config, this.tracker, overlays));
    this.tree = own(new EntityTreeProvider(this.tracker));
    this.notes = own(new NotesTreeProvider(this.config, this.gold, this.tracker, this.storedSuggestions));
    this.statusBar = own(new StatusBarController(this.engine, this.tracker, this.reviewMode, this.gold));
    this.learningStatusBar = own(new LearningStatusBar(this.learning, this.engine));
    this.evaluationPanel = own(new EvaluationPanel(
      async (id) => {
        const uri = documentUri(id);
        if (uri) await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.Beside });
        else void vscode.window.showWarningMessage(`Clinical NER: cannot find the note ${id} (open a workspace).`);
      },
      async (doneOnly) => {
        await vscode.commands.executeCommand('clinicalNer.showAgreement', { doneOnly });
      },
    ));
    own(vscode.languages.registerHoverProvider(SELECTOR, new EntityHoverProvider(this.tracker, overlays, () => this.learning.status.adaptedOn)));
    own(vscode.languages.registerCodeActionsProvider(SELECTOR, new EntityCodeActionProvider(this.tracker), {
      providedCodeActionKinds: [EntityCodeActionProvider.kind],
    }));
    for (const command of registerCommands(this)) own(command);
  }
}
