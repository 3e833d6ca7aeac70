/**
 * A body named "X of <place>" that the tagger splits in two, and its kind read from the head before
 * "of" (src/ingest/entities/of-place-organizations.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { inject } from 'vitest';

async function entities(text: string) {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return annotation.entities.map((e) => `${e.name}: ${e.type}${e.kind ? ` ${e.kind}` : ''}`);
}

describe('bodies named "X of <place>"', () => {
  it('"The Security Service of Ukraine said": one government body, not "Security Service" and a place', async () => {
    const found = await entities('The Security Service of Ukraine said it had detained two suspects, Reuters reports.');
    expect(found).toContain('Security Service of Ukraine: Organization GOVERNMENT');
    expect(found).not.toContain('Security Service: Organization GOVERNMENT');
  });

  it('"The Ministry of Defense of Ruritania denied": the ministry\'s full name, a government body', async () => {
    const found = await entities('The Ministry of Defense of Ruritania denied the report, per the AP.');
    expect(found).toContain('Ministry of Defense of Ruritania: Organization GOVERNMENT');
  });

  it('"The Armed Forces of Tarsenia said": the kind of the head before "of"', async () => {
    const found = await entities('The Armed Forces of Tarsenia said the drone was shot down, per the AP.');
    expect(found).toContain('Armed Forces of Tarsenia: Organization MILITARY');
    expect(await entityTypes('The Supreme Court of Ostravia ruled the election valid, the BBC reports.')).toMatchObject({
      'Supreme Court of Ostravia': 'Organization',
    });
  });
});
