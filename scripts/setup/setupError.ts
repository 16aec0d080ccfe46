/** A setup step that cannot go on, told in one sentence that says what to do; printed without a stack. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}
