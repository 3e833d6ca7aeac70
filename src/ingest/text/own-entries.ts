/**
 * A word's entry in a table loaded from JSON (word → value), read as the table's own property only:
 * a plain object inherits Object.prototype's, so `table['constructor']` is a function, not undefined
 * ("The constructor said S" is ordinary English). Literal tables are Maps instead (`wordTable`).
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A literal word table (word → value) as a Map, so that a word such as "constructor" finds nothing it does not list. */
export function wordTable<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
