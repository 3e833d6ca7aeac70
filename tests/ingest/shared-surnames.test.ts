/**
 * Two people sharing a surname stay two entities (src/ingest/entities/shared-surnames.ts): a bare
 * surname mentioned is the one of them named nearest before it, and a name without "Jr." is not the
 * "Jr."'s. One person's surname alone still joins their full name. Real CoreNLP parses of texts written
 * for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function annotate(text: string): Promise<Annotation> {
  return parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
}

const names = (a: Annotation, ids: string[]) => ids.map((id) => a.entities.find((e) => e.id === id)!.name);

function claimOf(a: Annotation, words: string) {
  const claim = a.claims.find((c) => c.evidence.text.includes(words));
  return { claimants: names(a, claim?.claimants ?? []), mentions: names(a, claim?.mentions ?? []) };
}

describe('people sharing a surname', () => {
  it('a bare surname in what is said is the namesake named nearest before it', async () => {
    const a = await annotate(
      'Mayor Irene Castell opened the new bridge on Friday. Her brother Paul Castell, who built it, watched from the bank. ' +
        'A city engineer said Castell had finished the work two months early.',
    );
    expect(claimOf(a, 'finished the work').mentions).toContain('Paul Castell');
    expect(claimOf(a, 'finished the work').mentions).not.toContain('Irene Castell');
  });

  it('"Walter Brandt" is not "Walter Brandt Jr.", and "Brandt" after the father is the father', async () => {
    const a = await annotate(
      'Walter Brandt Jr. said Monday that the farm was not for sale. Brandt Jr. said the family had refused two offers. ' +
        'His father, Walter Brandt, said a sale was likely within a year. Brandt said he was tired of losing money on the dairy herd.',
    );
    const people = a.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Walter Brandt Jr.', 'Walter Brandt']));
    expect(claimOf(a, 'the farm was not for sale').claimants).toEqual(['Walter Brandt Jr.']);
    expect(claimOf(a, 'a sale was likely').claimants).toEqual(['Walter Brandt']);
    expect(claimOf(a, 'tired of losing money').claimants).toEqual(['Walter Brandt']);
  });

  it('one person\'s surname alone still joins the full name ("Sen. Carla Whitmore" … "Whitmore")', async () => {
    const a = await annotate(
      'Sen. Carla Whitmore said Wednesday that the bill would cut drug prices. Critics said the plan was too costly. ' +
        'Whitmore said the vote would come next month.',
    );
    expect(a.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Carla Whitmore']);
    expect(claimOf(a, 'the vote would come').claimants).toEqual(['Carla Whitmore']);
  });
});
