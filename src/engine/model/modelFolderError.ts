/** The one error a model folder gives when it cannot be used: which file, and what is wrong with it. */
export class ModelFolderError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ModelFolderError';
  }
}
