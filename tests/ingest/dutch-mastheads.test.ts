/**
 * A name opening with a Dutch article that reports or is told something is a news outlet
 * (src/ingest/entities/article-named-outlets.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('Dutch mastheads', () => {
  it('"De Wachtpost reports" and "told Het Zuiderblad": outlets; the spokesman who spoke: a person', async () => {
    const typed = await entityTypes(
      'A barge sank in the harbor overnight and two tugs were hired to lift it, De Wachtpost reports. Spokesman Gerrit Zwaanswijk told Het Zuiderblad that the crew swam ashore.',
    );
    expect(typed).toMatchObject({ 'De Wachtpost': 'Organization', 'Het Zuiderblad': 'Organization', 'Gerrit Zwaanswijk': 'Person' });
  });
});
