// Reads a family file (training/lexicon/families/*/*.tsv) and expands it into lexicon rows.
// A family combines templates with rows of fillers, so that a list of sites, organisms or
// qualifiers is written once and only the combinations that Italian notes use are made:
//
//   family	metastases by site                 a family starts; its name is for people
//   term	metastasi {f}                          a template: {column} is filled from each row
//   term	MTS {f}	abbreviation               ... with flags and a code of its own, when given
//   columns	m	f	code                        the row columns (code, flags, groups are special)
//   epatico	epatica	ICD10:C78.7               a row
//   @organs                                   the rows of `list organs`, as if written here
//
// `group NAME` lines gather the templates after them; a row's `groups` cell (comma-separated)
// picks the groups that apply to it, in its own order, and a row without one gets them all.
// Each row gives its templates' terms in order; a template with an empty {column} is left out
// for that row, unless written {column?}, which may stay empty. `list NAME` starts a list of rows
// (until the next `family` or `list`) that families of the same file include with `@NAME`.
import type { Label } from '../../src/engine/entity';
import type { LexiconEntry } from '../../src/engine/lexicon/lexiconEntry';

export const GENERATED_SOURCE = 'clinical-ner:generated';
const SPECIAL_COLUMNS = ['code', 'flags', 'groups'];

export class FamilyFormatError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'FamilyFormatError';
  }
}

interface Template {
  text: string;
  flags: string[];
  code: string;
  line: number;
}

interface Row {
  cells: string[];
  line: number;
}

interface Family {
  name: string;
  line: number;
  groups: Map<string, Template[]>;
  columns?: string[];
  rows: (Row | { list: string; line: number })[];
}

/** The lexicon rows a family file makes, in order, labelled `label`; throws a {@link FamilyFormatError}. */
export function expandFamilyFile(text: string, file: string, label: Label): LexiconEntry[] {
  const { families, lists } = parseFamilyFile(text, file);
  return families.flatMap((family) => expandFamily(family, lists, file, label));
}

function parseFamilyFile(text: string, file: string): { families: Family[]; lists: Map<string, Row[]> } {
  const families: Family[] = [];
  const lists = new Map<string, Row[]>();
  let family: Family | undefined;
  let list: Row[] | undefined;
  let group = '';
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    const fail = (reason: string): never => {
      throw new FamilyFormatError(file, line, reason);
    };
    const [keyword, name = ''] = cells;
    if (keyword === 'family' || keyword === 'list') {
      if (name === '') fail(`"${keyword}" needs a name`);
      if (keyword === 'family') {
        family = { name, line, groups: new Map(), rows: [] };
        families.push(family);
        list = undefined;
      } else {
        if (lists.has(name)) fail(`list "${name}" is defined twice`);
        list = [];
        lists.set(name, list);
        family = undefined;
      }
      group = '';
      return;
    }
    if (list !== undefined) return void list.push({ cells, line });
    if (family === undefined) return fail('expected "family NAME" or "list NAME" first');
    if (family.columns === undefined) {
      if (keyword === 'group') return void (group = name || fail('"group" needs a name'));
      if (keyword === 'term') return void addTemplate(family, group, cells.slice(1), line, fail);
      if (keyword === 'columns') return void (family.columns = checkedColumns(family, cells.slice(1), file, line));
      return fail(`expected "group", "term" or "columns", found "${keyword}"`);
    }
    if (keyword.startsWith('@')) return void family.rows.push({ list: keyword.slice(1), line });
    family.rows.push({ cells, line });
  });
  for (const f of families) {
    if (f.columns === undefined) throw new FamilyFormatError(file, f.line, `family "${f.name}" has no "columns" line`);
  }
  return { families, lists };
}

function addTemplate(family: Family, group: string, [text = '', flags = '', code = '', ...rest]: string[], line: number, fail: (reason: string) => never): void {
  if (text === '') fail('"term" needs a template');
  if (rest.length > 0) fail('a template has at most three cells: template, flags, code');
  const flagList = parseFlags(flags, fail);
  const templates = family.groups.get(group) ?? [];
  templates.push({ text, flags: flagList, code, line });
  family.groups.set(group, templates);
}

function checkedColumns(family: Family, columns: string[], file: string, line: number): string[] {
  if (family.groups.size === 0) throw new FamilyFormatError(file, line, `family "${family.name}" has no "term" line before its columns`);
  for (const templates of family.groups.values()) {
    for (const template of templates) {
      for (const [, column] of template.text.matchAll(/\{([^}?]*)\??\}/g)) {
        if (!columns.includes(column) || SPECIAL_COLUMNS.includes(column)) {
          throw new FamilyFormatError(file, template.line, `template "${template.text}" names {${column}}, which is not a column`);
        }
      }
    }
  }
  return columns;
}

function expandFamily(family: Family, lists: Map<string, Row[]>, file: string, label: Label): LexiconEntry[] {
  const columns = family.columns!;
  const entries: LexiconEntry[] = [];
  const rows = family.rows.flatMap((row) => {
    if ('cells' in row) return [row];
    const included = lists.get(row.list);
    if (included === undefined) throw new FamilyFormatError(file, row.line, `no list "${row.list}" in this file`);
    return included;
  });
  for (const { cells, line } of rows) {
    if (cells.length > columns.length) {
      throw new FamilyFormatError(file, line, `${cells.length} cells, but family "${family.name}" has ${columns.length} columns`);
    }
    const value = (column: string): string => cells[columns.indexOf(column)] ?? '';
    const rowFlags = parseFlags(value('flags'), (reason) => {
      throw new FamilyFormatError(file, line, reason);
    });
    const groups = value('groups') === '' ? [...family.groups.keys()] : value('groups').split(',').map((g) => g.trim());
    for (const group of groups) {
      const templates = family.groups.get(group);
      if (templates === undefined) throw new FamilyFormatError(file, line, `family "${family.name}" has no group "${group}"`);
      for (const template of templates) {
        const term = fill(template.text, value);
        if (term === undefined) continue;
        const flags = [...new Set([...template.flags, ...rowFlags])];
        const code = template.code || value('code');
        entries.push({ term, label, ...(code !== '' ? { code } : {}), source: GENERATED_SOURCE, flags, origin: { name: file, line } });
      }
    }
  }
  return entries;
}

function parseFlags(cell: string, fail: (reason: string) => never): string[] {
  const flags = cell.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const malformed = flags.find((f) => !/^[a-z][a-z0-9_]*$/.test(f));
  if (malformed !== undefined) fail(`malformed flag "${malformed}" (lower-case letters, digits and _)`);
  return flags;
}

/** The template with its columns filled in, or undefined when a required column is empty. */
function fill(template: string, value: (column: string) => string): string | undefined {
  let missing = false;
  const term = template.replace(/\{([^}?]*)(\??)\}/g, (_, column: string, optional: string) => {
    const v = value(column);
    if (v === '' && optional === '') missing = true;
    return v;
  });
  return missing ? undefined : term.replace(/\s+/g, ' ').trim();
}
