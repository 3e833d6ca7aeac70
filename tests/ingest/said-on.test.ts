/**
 * When a claim was made (src/ingest/annotation/said-on.ts, claim-fields.ts, dates.ts): the date
 * phrase the parser hangs on the reporting verb, resolved against the publication date, on real
 * CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));
/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

async function saidOn(sentence: string): Promise<string | undefined> {
  const a = parseAnnotation((await extract(sentence, { publishedAt: PUBLISHED }, nlp())).annotation, 'test text');
  expect(a.claims).toHaveLength(1);
  return a.claims[0].saidOn?.date;
}

describe("a claim's date", () => {
  it('is the weekday on the verb, past a listener or a statement ("told reporters on Tuesday", "in a statement late Wednesday")', async () => {
    expect(await saidOn('The ministry told reporters on Tuesday that the talks had failed.')).toBe('2017-02-21');
    expect(await saidOn('The minister said in a statement late Wednesday that fuel prices would rise.')).toBe('2017-02-22');
  });

  it('is the weekday opening the sentence ("On Thursday, the chief said")', async () => {
    expect(await saidOn("On Thursday, the country's police chief said the airport was safe.")).toBe('2017-02-23');
  });

  it('is not a day the content is about ("said Friday\'s attack"), nor an old event\'s date', async () => {
    expect(await saidOn("Officials said Friday's attack killed 12 people.")).toBeUndefined();
    expect(await saidOn('The senator recalled the Sept. 11, 2001, attacks, warning that the city was still at risk.')).toBeUndefined();
  });

  it('is on a speaker\'s clause closing the sentence that the parser hangs on the noun before it ("…, Indonesian police revealed Friday.")', async () => {
    expect(await saidOn('The pilot had flown for 19 hours without rest before the crash, Indonesian police revealed Friday.')).toBe(
      '2017-02-24',
    );
    expect(await saidOn('The gunman had bought the rifle with a forged permit, Canadian police revealed Wednesday.')).toBe('2017-02-22');
  });

  it('is on the occasion or the way of speaking the verb is set in ("In a speech on Tuesday, X said"; "Speaking to reporters Wednesday, X said")', async () => {
    expect(await saidOn('In a speech on Tuesday, the president said the economy was recovering.')).toBe('2017-02-21');
    expect(await saidOn('Speaking to reporters Wednesday, the mayor said the water was safe.')).toBe('2017-02-22');
  });

  it('is on a way of speaking hung on the subject ("The governor, speaking Sunday on TV, said") or on the occasion\'s participle ("in a statement released Thursday")', async () => {
    expect(await saidOn('The governor, speaking Sunday on local television, said the state would sue.')).toBe('2017-02-19');
    expect(await saidOn('The ministry said in a statement released Thursday that 12 soldiers had died.')).toBe('2017-02-23');
  });

  it('is not the date of an event the occasion is about ("In a speech about Monday\'s attack, X said")', async () => {
    expect(await saidOn("In a speech about Monday's attack, the president said the city would rebuild.")).toBeUndefined();
  });

  it('is the day of a part of a day the parser heads with the part ("told reporters Thursday night", "in a statement Monday evening", "at a rally early Sunday morning")', async () => {
    expect(await saidOn('The minister told reporters Thursday night that the fund was empty.')).toBe('2017-02-23');
    expect(await saidOn('The union said in a statement Monday evening that the strike would go on.')).toBe('2017-02-20');
    expect(await saidOn('At a rally early Sunday morning, the candidate said the polls were wrong.')).toBe('2017-02-19');
  });

  it('is the day naming the occasion ("during Tuesday\'s debate", "in a Wednesday interview") or narrowed by "earlier"', async () => {
    expect(await saidOn("The president said during Tuesday's debate that the economy was recovering.")).toBe('2017-02-21');
    expect(await saidOn('The minister said in a Wednesday interview that the talks had failed.')).toBe('2017-02-22');
    expect(await saidOn('The governor said earlier on Thursday that the dam would hold.')).toBe('2017-02-23');
  });

  it('is not the day closing a programme\'s name ("said on Fox News Sunday", "told USA Today")', async () => {
    expect(await saidOn('The senator said on Fox News Sunday that the bill would pass.')).toBeUndefined();
    expect(await saidOn('The senator told USA Today that the bill would pass.')).toBeUndefined();
  });

  it('is the day of the verb a participle cue hangs on ("X went further on Tuesday, saying S"), and of a part of a day naming the occasion ("during Monday night\'s meeting")', async () => {
    expect(await saidOn('The minister went further on Tuesday, saying the talks had failed.')).toBe('2017-02-21');
    expect(await saidOn("The mayor said during Monday night's meeting that the water was safe.")).toBe('2017-02-20');
  });

  it('is the day of publication when the content tells of something done today ("said they had captured the airport tonight"), not when "today" means nowadays or names an outlet', async () => {
    expect(await saidOn('The rebels said they had captured the airport tonight.')).toBe('2017-02-24');
    expect(await saidOn('"Housing is the hardest problem our schools face today," the minister said.')).toBeUndefined();
    expect(await saidOn('USA Today reported that the senator would retire.')).toBeUndefined();
  });

  it('is the day of a statement a rep or publicist gave ("The singer\'s rep said in a statement released on Monday that S"): they speak like a spokesman', async () => {
    expect(await saidOn("The singer's rep said in a statement released on Monday that the tour had been canceled.")).toBe('2017-02-20');
    expect(await saidOn('A publicist for the actor said late Wednesday that he was recovering at home.')).toBe('2017-02-22');
  });

  it('hung by the parser on the speaker ("The mayor on Tuesday said S") dates the claim and is no part of the speaker\'s name', async () => {
    const a = parseAnnotation(
      (await extract('The mayor on Tuesday said the water was safe to drink.', { publishedAt: PUBLISHED }, nlp())).annotation,
      'test text',
    );
    expect(a.claims.map((c) => [a.entities.find((e) => e.id === c.claimants[0])?.name, c.saidOn?.date])).toEqual([['mayor', '2017-02-21']]);
  });
});
