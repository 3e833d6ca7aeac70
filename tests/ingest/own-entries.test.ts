/** A word table's entry for a word is one it lists, never an inherited property (src/ingest/text/own-entries.ts). */
import { describe, expect, it } from 'vitest';
import { ownEntry, wordTable } from '../../src/ingest/text/own-entries.ts';

describe('ownEntry', () => {
  const table: Record<string, number> = JSON.parse('{"officials": 3, "poll": 1}');

  it('finds a listed word', () => {
    expect(ownEntry(table, 'officials')).toBe(3);
  });

  it('finds nothing for a word named like an inherited property', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(ownEntry(table, word)).toBeUndefined();
  });
});

describe('wordTable', () => {
  const table = wordTable({ offensive: 'on', siege: 'of' });

  it('finds a listed word', () => {
    expect(table.get('siege')).toBe('of');
  });

  it('finds nothing for a word named like an inherited property', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(table.get(word)).toBeUndefined();
  });
});
