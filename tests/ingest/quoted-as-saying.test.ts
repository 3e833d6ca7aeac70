/**
 * "X quoted Y as saying S": read once, as X's quoting (src/ingest/attribution/filters/quoted-sayings.ts,
 * as PolNeAR marks it), and claimed by Y through X (src/ingest/annotation/quoted-as-saying.ts); on real
 * CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));

async function annotate(text: string): Promise<Annotation> {
  return parseAnnotation((await extract(text, {}, nlp())).annotation, 'test text');
}

function claims(a: Annotation): Array<{ claimants: string[]; via: string[]; text: string }> {
  const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
  return a.claims.map((c) => ({ claimants: c.claimants.map(name), via: c.via.map(name), text: c.text }));
}

describe('"quoted X as saying S"', () => {
  it('makes the quoted person the claimant and the quoting outlet the via', async () => {
    const list = claims(await annotate('The Riverside Gazette quoted Mayor Ellen Park as saying that the bridge would close in April.'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimants: ['Ellen Park'], via: ['Riverside Gazette'] });
    expect(list[0].text).toMatch(/bridge would close in April/);
  });

  it('reads the saying the parser hangs under the said clause, past an appositive', async () => {
    const list = claims(await annotate('Reuters quoted Tomas Brenner, a ferry captain, as saying the harbor had frozen overnight.'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimants: ['Tomas Brenner'], via: ['Reuters'] });
    expect(list[0].text).toMatch(/harbor had frozen overnight/);
  });

  it('makes a quoted person named by a description ("quoted the town\'s fire chief") the claimant, through the outlet', async () => {
    const list = claims(await annotate("The Lakeside Courier quotes the town's fire chief as saying the ferries will stop in March."));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimants: ["town's fire chief"], via: ['Lakeside Courier'] });
    expect(list[0].text).toMatch(/ferries will stop in March/);
  });

  it('makes the name set off after the quoted description ("quoted a ranger, Ada Voss, as saying") the claimant', async () => {
    for (const [sentence, name, outlet] of [
      ['The Dakota Ledger quoted a county ranger, Ada Voss, as saying the trail would stay shut all winter.', 'Ada Voss', 'Dakota Ledger'],
      ['The AP quotes a harbor pilot, Pavel Horak, as saying the channel had silted up.', 'Pavel Horak', 'Associated Press'],
    ]) {
      const list = claims(await annotate(sentence));
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ claimants: [name], via: [outlet] });
    }
  });

  it('reads the passive "X was quoted by the outlet as saying S" the same way', async () => {
    const list = claims(await annotate('A county nurse was quoted by Reuters as saying the clinic had run out of vaccine.'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimants: ['county nurse'], via: ['Reuters'] });
    expect(list[0].text).toMatch(/clinic had run out of vaccine/);
  });

  it('makes the person a quoted pronoun stands for ("quoted her as saying") the claimant, through the outlet', async () => {
    const list = claims(
      await annotate('Greta Lindqvist toured the flooded mill on Monday. The Valley Herald quoted her as saying the dam would be rebuilt.'),
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimants: ['Greta Lindqvist'], via: ['Valley Herald'] });
    expect(list[0].text).toMatch(/dam would be rebuilt/);
  });

  it('with no one quoting ("X was quoted as saying S") makes the quoted person the claimant, with no via', async () => {
    const list = claims(await annotate('Marta Quintero was quoted as saying the ferry would stop running in March.'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimants: ['Marta Quintero'], via: [] });
    expect(list[0].text).toMatch(/ferry would stop running in March/);
  });

  it('gives the outlet no claim when the quoted person is named by nothing', async () => {
    expect(claims(await annotate('The Gazette quoted one of his advisers as saying the bridge would close.'))).toEqual([]);
  });
});

describe('"quoted X as saying S" as PolNeAR marks it', () => {
  it("is one reading, the outlet's quoting, whose content holds the saying", async () => {
    const text = 'The Riverside Gazette quoted Mayor Ellen Park as saying that the bridge would close in April.';
    const found = (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
    expect(found).toEqual([['quote', 'The Riverside Gazette', 'Mayor Ellen Park as saying that the bridge would close in April']]);
  });
});
