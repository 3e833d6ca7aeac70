/** A JSON table's entry for a word is its own property only (src/ingest/text/own-entries.ts). */
import { describe, expect, it } from 'vitest';
import { ownEntry } from '../../src/ingest/text/own-entries.ts';

describe('ownEntry', () => {
  const table: Record<string, number> = JSON.parse('{"officials": 3, "poll": 1}');

  it('finds a listed word', () => {
    expect(ownEntry(table, 'officials')).toBe(3);
  });

  it('finds nothing for a word named like an inherited property', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(ownEntry(table, word)).toBeUndefined();
  });
});
