/**
 * A definite description headed by a role noun, with no earlier name it could stand for ("the county
 * engineer said S"), is a source: kept as the description itself and made a Person
 * (the gazetteer's `personRoles` and `groupNouns`); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { attribute } from '../../src/ingest/attribution/index.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

describe('role descriptions with no antecedent', () => {
  it('"The county engineer said S" is attributed to "The county engineer"', async () => {
    const text = 'Heavy rain fell across the valley on Monday. The county engineer said the old bridge would stay closed until March.';
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    const found = attribute(text, doc).map((a) => [
      a.claimants.map((c) => c.name),
      a.content.map((s) => text.slice(s.start, s.end)).join(' '),
    ]);
    expect(found).toEqual([[['The county engineer'], 'the old bridge would stay closed until March']]);
  });

  it('"The documentarian said S" is attributed to "The documentarian"', async () => {
    const text = 'Rain fell on Monday. The documentarian said the film took six years to make.';
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    expect(attribute(text, doc).map((a) => a.claimants.map((c) => c.name))).toEqual([['The documentarian']]);
  });

  it('"A majority of voters say S" is attributed to the majority', async () => {
    const text = 'Rain fell on Monday. A majority of voters say the new tax is unfair.';
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    expect(attribute(text, doc).map((a) => a.claimants.map((c) => c.name))).toEqual([['A majority of voters']]);
  });

  it('extract makes one Person of the description and gives it the claim', async () => {
    const text = 'Storms closed two roads near Elm Falls. The county engineer said the old bridge would stay closed until March.';
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    const engineer = a.entities.filter((e) => /engineer/.test(e.name));
    expect(engineer.map((e) => [e.name, e.type])).toEqual([['county engineer', 'Person']]);
    expect(a.claims.map((c) => c.claimants)).toEqual([[engineer[0].id]]);
  });
});
