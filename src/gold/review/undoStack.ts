import type { Decision } from '../decision';

/** One review action (a bulk action is one): the decisions it recorded on one document. */
export interface ReviewAction {
  docId: string;
  description: string;
  decisions: Decision[];
}

/** Review actions, most recent last; undoing one withdraws its decisions from gold. */
export class UndoStack {
  private readonly actions: ReviewAction[] = [];

  constructor(private readonly limit = 500) {}

  push(action: ReviewAction): void {
    if (action.decisions.length === 0) return;
    this.actions.push(action);
    if (this.actions.length > this.limit) this.actions.shift();
  }

  pop(): ReviewAction | undefined {
    return this.actions.pop();
  }

  peek(): ReviewAction | undefined {
    return this.actions[this.actions.length - 1];
  }

  get size(): number {
    return this.actions.length;
  }

  /** Drops the actions on a document whose decisions changed under them (e.g. replaced from disk). */
  forget(docId: string): void {
    for (let i = this.actions.length - 1; i >= 0; i--) if (this.actions[i]!.docId === docId) this.actions.splice(i, 1);
  }
}
