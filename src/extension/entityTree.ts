import * as vscode from 'vscode';
import type { Label } from '../engine/entity';
import type { ReviewItem } from '../gold/review/reviewItem';
import { groupByLabel, type LabelGroup, type TreeFilter } from '../gold/review/reviewTree';
import { entityArg, type EntityArg } from './commandTarget';
import type { DocumentTracker } from './documentTracker';
import { lineOf } from './rangeConversion';

export type TreeNode =
  | { kind: 'group'; label: Label; total: number; reviewed: number; items: ReviewItem[]; document: vscode.TextDocument }
  | { kind: 'entity'; item: ReviewItem; entity: EntityArg; line: number };

const STATE_ICON: Record<ReviewItem['state'], vscode.ThemeIcon> = {
  suggested: new vscode.ThemeIcon('circle-large-outline'),
  accepted: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  stale: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  rejected: new vscode.ThemeIcon('circle-slash'),
};

/** What the tree shows, as plain data (for the test state). */
export interface TreeContent {
  filter: TreeFilter;
  groups: { label: Label; total: number; reviewed: number; items: { text: string; line: number; score?: number; state: string }[] }[];
}

/** The active document's entities grouped by label, with counts and review state; a click reveals the span. */
export class EntityTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private filterValue: TreeFilter = 'all';
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;

  constructor(private readonly tracker: DocumentTracker) {
    this.view = vscode.window.createTreeView('clinicalNer.entities', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e) this.show(e.document);
      }),
      tracker.onDidChangeItems((uri) => {
        if (!uri || uri.toString() === this.document?.uri.toString()) this.refresh();
      }),
    );
    void vscode.commands.executeCommand('setContext', 'clinicalNer.treeFilter', this.filterValue);
    if (vscode.window.activeTextEditor) this.show(vscode.window.activeTextEditor.document);
  }

  get filter(): TreeFilter {
    return this.filterValue;
  }

  setFilter(filter: TreeFilter): void {
    this.filterValue = filter;
    void vscode.commands.executeCommand('setContext', 'clinicalNer.treeFilter', filter);
    this.refresh();
  }

  private show(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'output') return;
    this.document = document;
    this.refresh();
  }

  refresh(): void {
    const groups = this.groups();
    const total = groups.reduce((n, g) => n + g.total, 0);
    const reviewed = groups.reduce((n, g) => n + g.reviewed, 0);
    this.view.description = this.document && this.tracker.session(this.document) ? `${reviewed}/${total} reviewed${this.filterValue === 'unreviewed' ? ' · unreviewed only' : ''}` : undefined;
    this.view.message = this.document && this.tracker.session(this.document) ? undefined : 'Open a clinical note to see its entities.';
    this.emitter.fire(undefined);
  }

  private groups(): LabelGroup[] {
    if (!this.document || !this.tracker.session(this.document)) return [];
    return groupByLabel(this.tracker.visibleItems(this.document), this.filterValue);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const document = this.document;
    if (!document) return [];
    if (!node) return this.groups().map((g) => ({ kind: 'group', ...g, document }));
    if (node.kind !== 'group') return [];
    return node.items.map((item) => ({ kind: 'entity', item, entity: entityArg(node.document, item), line: lineOf(node.document, item.start) }));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.total} · ${node.reviewed} reviewed`;
      item.contextValue = 'labelGroup';
      item.id = `group:${node.label}`;
      return item;
    }
    const { item: entity, line } = node;
    const item = new vscode.TreeItem(entity.text.replace(/\s+/g, ' ') || '(empty)', vscode.TreeItemCollapsibleState.None);
    item.description = `line ${line + 1}${entity.score === undefined ? '' : ` · ${entity.score.toFixed(2)}`}${entity.assertion && entity.assertion !== 'present' ? ` · ${entity.assertion}` : ''}`;
    item.iconPath = STATE_ICON[entity.state];
    item.tooltip = `${entity.label} · ${entity.state} · ${entity.source.join(', ') || 'manual'}`;
    item.contextValue = `entity.${entity.state}`;
    item.id = `entity:${entity.start}:${entity.end}:${entity.label}`;
    item.command = { title: 'Reveal', command: 'clinicalNer.revealEntity', arguments: [node.entity] };
    return item;
  }

  content(): TreeContent {
    const document = this.document;
    return {
      filter: this.filterValue,
      groups: this.groups().map((g) => ({
        label: g.label,
        total: g.total,
        reviewed: g.reviewed,
        items: g.items.map((i) => ({ text: i.text, line: lineOf(document!, i.start), score: i.score, state: i.state })),
      })),
    };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
