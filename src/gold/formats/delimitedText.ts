/** RFC 4180 quoting: a field is quoted when it holds the delimiter, a quote or a line break. */
export function formatRow(fields: readonly string[], delimiter: ',' | '\t'): string {
  return fields.map((f) => (f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter) + '\n';
}

/** Parses RFC 4180 rows (quoted fields may hold delimiters, quotes and line breaks); returns rows with their 1-based first line. */
export function parseRows(content: string, delimiter: ',' | '\t'): { fields: string[]; line: number }[] {
  const rows: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, line: rowLine });
    fields = [];
  };
  while (i < content.length) {
    const ch = content[i]!;
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else if (ch !== '\r' || content[i + 1] !== '\n') field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
