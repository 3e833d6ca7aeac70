/**
 * A source that names nobody (src/ingest/entities/nameless.ts) never becomes an entity, and its
 * claim is dropped; on a real CoreNLP parse of a short text written for this test.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const TEXT =
  'Mayor Ana Ruiz said the bridge is safe. Others say the repairs can wait until spring. ' +
  'Their advisers said the council would vote on Friday. They also said the vote could be delayed. ' +
  'Those opposing the plan argue it will raise taxes. ' +
  "The city's fire chief said the bridge would stay open. The fire chief added that inspectors would return in June. " +
  'Residents say the bridge shakes in high winds.';

describe('sources that name nobody', () => {
  let a: Annotation;
  beforeAll(async () => {
    a = parseAnnotation((await extract(TEXT, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
  });
  const name = (id: string) => a.entities.find((e) => e.id === id)!.name;

  it('"others", "his advisers" (and their "they"), "those opposing ..." are no entities', () => {
    expect(a.entities.map((e) => e.name).sort()).toEqual(['Ana Ruiz', 'Residents', "city's fire chief"]);
  });

  it('their claims are dropped; named speakers, a role named again and a plural group keep theirs', () => {
    expect(a.claims.map((c) => [c.claimants.map(name), c.evidence.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      [['Ana Ruiz'], 'Mayor Ana Ruiz'],
      [["city's fire chief"], "The city's fire"],
      [["city's fire chief"], 'The fire chief'],
      [['Residents'], 'Residents say the'],
    ]);
  });
});

describe('a description that names nobody with a name in apposition', () => {
  it('"Her campaign manager, Robby Mook, said": the claim is the named person\'s', async () => {
    const text = 'Hillary Clinton spoke in Ohio on Monday. Her campaign manager, Robby Mook, said the race would tighten.';
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    expect(a.claims.map((c) => c.claimants.map((id) => a.entities.find((e) => e.id === id)!.name))).toEqual([['Robby Mook']]);
  });

  it('"To many, Dale Pruitt is a hero": the name after a bare pronoun is the next clause\'s subject, so no one claims it', async () => {
    const text = 'A deputy in rural Oregon has resigned. To many, Dale Pruitt is a hero who stood up to his bosses.';
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    expect(a.claims.map((c) => c.claimants.map((id) => a.entities.find((e) => e.id === id)!.name))).toEqual([]);
  });
});

describe('a relative of "one of the Ns", with that one named after it', () => {
  const claimants = async (text: string) => {
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    return a.claims.map((c) =>
      c.claimants.map((id) => {
        const e = a.entities.find((x) => x.id === id)!;
        return `${e.name} (${e.type})`;
      }),
    );
  };

  it('"The wife of one of the miners, Maria Santos, said": the wife speaks, not the miner named in apposition', async () => {
    expect(await claimants('The wife of one of the miners, Maria Santos, said the company had ignored warnings.')).toEqual([
      ['wife of one of the miners (Person)'],
    ]);
  });

  it('"The head of one of the largest unions, Maria Lopez, said": one of no people, so the name is the head\'s', async () => {
    expect(await claimants('The head of one of the largest unions, Maria Lopez, said the strike would go ahead.')).toEqual([
      ['Maria Lopez (Person)'],
    ]);
  });

  it('a later "he" is that relative too, not the one named ("A lawyer for one of the suspects, Omar Haddad, said S. He said S2")', async () => {
    const text = 'A lawyer for one of the suspects, Omar Haddad, said the police had no evidence. He said his client would be freed.';
    expect(await claimants(text)).toEqual([['lawyer for one of the suspects (Group)'], ['lawyer for one of the suspects (Group)']]);
  });

  it('the cue parsed as a relative clause of "one" with the name as its subject: still the uncle', async () => {
    const text = 'The uncle of one of the four teens being sought, local student Sam Ortiz, tells the Post his nephew left home in March.';
    expect(await claimants(text)).toEqual([['uncle of one of the four teens being sought (Person)']]);
  });
});
