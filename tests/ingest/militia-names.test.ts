/**
 * Arabic-named armed groups the tagger calls PERSON (src/ingest/entities/militia-names.ts), as named
 * mentions and as speakers; on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function entities(text: string): Promise<Array<[string, string]>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return annotation.entities.map((e) => [e.name, e.type]);
}

describe('armed groups named by "Jaish", "Jabhat", "Liwa" …', () => {
  it('"Sources in Jaish al-Tahrir", "Jabhat Ansar al-Din said": one organization each, no person', async () => {
    const named = await entities(
      'Sources in Jaish al-Tahrir told Reuters the group had withdrawn. Jabhat Ansar al-Din said it would fight on.',
    );
    expect(named).toContainEqual(['Jaish al-Tahrir', 'Organization']);
    expect(named).toContainEqual(['Jabhat Ansar al-Din', 'Organization']);
    expect(named.filter(([, type]) => type === 'Person')).toEqual([]);
    expect(named.filter(([name]) => name.startsWith('Jabhat'))).toHaveLength(1);
  });
});
