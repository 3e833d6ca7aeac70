/**
 * The CSV format of Neo4j's offline importer (`neo4j-admin database import`): typed header
 * fields, quoted strings, arrays joined by ARRAY_DELIMITER, and a file written in large chunks.
 * What goes into the files is import-csv.ts's business.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export type Value = string | number | boolean | null | string[];
export type Props = Record<string, Value>;
export type ColumnType = 'string' | 'double' | 'boolean' | 'datetime' | 'date' | 'string[]';

/** Between the elements of an array (and of `:LABEL`): a control character no value holds. */
export const ARRAY_DELIMITER = '\u001f';

/** A CSV file whose header is known up front; rows are buffered and written in large chunks. */
export class CsvFile {
  private fd: number;
  private chunks: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    readonly path: string,
    /** Header fields as the importer reads them: `name:type`, `:ID(space)`, `:LABEL`, `:TYPE`… */
    readonly header: string[],
  ) {
    this.fd = openSync(path, 'w');
    this.push(header.join(',') + '\n');
  }

  write(values: Value[]): void {
    this.push(values.map(field).join(',') + '\n');
    this.rows++;
  }

  private push(line: string): void {
    this.chunks.push(line);
    this.size += line.length;
    if (this.size > 1 << 22) this.flush();
  }

  private flush(): void {
    if (this.chunks.length) writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** RFC 4180: strings always quoted (so "" is an empty string, not a missing value), quotes doubled. */
function field(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return `"${v.replaceAll('"', '""')}"`;
  if (Array.isArray(v)) return v.length ? `"${v.map((x) => x.replaceAll('"', '""')).join(ARRAY_DELIMITER)}"` : '';
  return String(v);
}

/** A property column: the header field and how a value is read from a props record. */
export const col = (name: string, type: ColumnType) => ({ name, header: type === 'string' ? name : `${name}:${type}` });
export type Column = ReturnType<typeof col>;

/** The props' values in column order; a key the columns do not know fails loudly (the rows grew a property). */
export function valuesOf(props: Props, columns: Column[], what: string): Value[] {
  for (const key of Object.keys(props)) {
    if (!columns.some((c) => c.name === key)) throw new Error(`the CSV importer does not know the ${what} property "${key}"`);
  }
  return columns.map((c) => props[c.name] ?? null);
}
