/**
 * A publication named by a common word, credited by "according to" or "per"
 * (src/ingest/annotation/word-outlet-credits.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it, inject } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function readings(text: string): Promise<Array<{ by: string[]; via: string[] }>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  const name = (id: string) => annotation.entities.find((e) => e.id === id)?.name ?? id;
  return annotation.claims.map((c) => ({ by: c.claimants.map(name), via: c.via.map(name) }));
}

describe('a common-word publication credited by "according to"', () => {
  it('"X reportedly told friends S, according to People": X through People magazine; "according to people in Brellin": people', async () => {
    expect(await readings('Dana Fensk reportedly told friends she was leaving Brellin, according to People.')).toContainEqual({
      by: ['Dana Fensk'],
      via: ['People magazine'],
    });
    expect(await readings('The bridge is unsafe, according to people in Brellin.')).toContainEqual({ by: ['people in Brellin'], via: [] });
  });
});
