/** A file of a format that writes a folder (brat, WebAnno TSV). */
export interface TextFile {
  /** Relative, with `/` separators. */
  path: string;
  content: string;
}

/**
 * The relative path a document's files take in an export folder: its id, which is a
 * workspace-relative path, kept inside the folder whatever it contains (`..` becomes `_`).
 */
export function documentFilePath(id: string): string {
  return id
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '..' ? '_' : segment))
    .join('/');
}

/**
 * The file names an export folder has used, compared without case (the folder may end up on a
 * disk that ignores it). A document's files may take neither a file nor a folder already used, and
 * its folders may not be files already used: ids that map to the same files (`a\b` and `a/b`,
 * `x/..` and `x/_`, ids that differ only in case) get `name~2`, `name~3`… instead.
 */
export class DocumentFileNames {
  private readonly files: Set<string>;
  private readonly folders = new Set<string>();

  /** `extensions`: the files each document writes (`.txt` and `.ann`); `reserved`: files the format writes besides. */
  constructor(
    private readonly extensions: readonly string[],
    reserved: readonly string[] = [],
  ) {
    this.files = new Set(reserved.map((r) => r.toLowerCase()));
  }

  /**
   * `base`, with `~2`, `~3`… added to the first segment that collides (a folder that is already a
   * file, or the document's own name); marks its files and folders as used.
   */
  claim(base: string): string {
    const segments = base.split('/');
    segments.forEach((segment, i) => {
      const prefix = segments.slice(0, i).join('/');
      const key = (name: string) => (prefix === '' ? name : `${prefix}/${name}`).toLowerCase();
      const isFree = i < segments.length - 1
        ? (name: string) => !this.files.has(key(name))
        : (name: string) => this.extensions.every((ext) => !this.isUsed(`${key(name)}${ext}`));
      let chosen = segment;
      for (let n = 2; !isFree(chosen); n++) chosen = `${segment}~${n}`;
      segments[i] = chosen;
    });
    const claimed = segments.join('/');
    const key = claimed.toLowerCase();
    for (const ext of this.extensions) this.files.add(`${key}${ext}`);
    segments.slice(0, -1).forEach((_, i) => this.folders.add(segments.slice(0, i + 1).join('/').toLowerCase()));
    return claimed;
  }

  private isUsed(name: string): boolean {
    return this.files.has(name) || this.folders.has(name);
  }
}
