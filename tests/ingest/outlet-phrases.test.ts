/**
 * Outlets credited by a phrase on the claim (src/ingest/annotation/outlet-phrases.ts): "per the AP",
 * "in an interview with CNN", "In a statement to the Times", "Speaking to the BBC", on real CoreNLP
 * parses of sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { claimsWithVia, namedClaims } from '../support/named-claims.ts';

const claims = claimsWithVia;

describe('an outlet credited by a phrase', () => {
  it('is the outlet told that the parser hung on the verb\'s object ("confirmed the closure to Reuters"), and what was said ends before it', async () => {
    const list = await namedClaims('A spokeswoman for the port authority confirmed the closure to Reuters.');
    expect(list).toMatchObject([{ claimants: ['spokeswoman for the port authority'], via: ['Reuters'] }]);
    const annotation = parseAnnotation(
      (await extract('The senator described the dredging plan to CNN as reckless.', {}, createCoreNlpClient(inject('corenlpUrl'))))
        .annotation,
      'test text',
    );
    expect(annotation.claims).toHaveLength(1);
    expect(annotation.claims[0].text).not.toMatch(/CNN/);
    expect(annotation.entities.find((e) => e.id === annotation.claims[0].via[0])?.name).toBe('CNN');
  });

  it('"…, per the AP" carries the claims of its sentence', async () => {
    expect(await claims('The mayor said the bridge would reopen in May, per the AP.')).toEqual([
      { claimants: ['mayor'], via: ['Associated Press'] },
    ]);
  });

  it('is the medium a speaker gave the claim to ("said in an interview with CNN", "In a statement to the New York Times", "Speaking to the BBC")', async () => {
    expect(await claims('The senator said in an interview with CNN that she would not run again.')).toEqual([
      { claimants: ['senator'], via: ['CNN'] },
    ]);
    expect(await claims('In a statement to the New York Times, Boeing said it would appeal.')).toEqual([
      { claimants: ['Boeing'], via: ['The New York Times'] },
    ]);
    expect(await claims('Speaking to the BBC, the minister said the talks had failed.')).toEqual([
      { claimants: ['minister'], via: ['BBC'] },
    ]);
  });

  it('is the listener of a telling ("telling CNN that …"), not the outlet of the speaker\'s claim before', async () => {
    const text =
      'In an interview with the New York Times, Senator Jane Moss said the bill was dead. Moss repeated her attack on Tuesday, telling CNN that the plan was a fraud.';
    expect((await claims(text)).map((c) => c.via)).toEqual([['The New York Times'], ['The New York Times'], ['CNN']]);
  });

  it('is not who "the company" stands for when the company spoke to it ("In a statement to CNN, the company said")', async () => {
    const text = 'Boeing faces a new lawsuit over the crash. In a statement to CNN, the company said it would fight the suit.';
    expect(await claims(text)).toEqual([{ claimants: ['Boeing'], via: ['CNN'] }]);
  });

  it('is not an outlet the content is about ("said the Times had misquoted him")', async () => {
    expect(await claims('The senator said in a statement that the New York Times had misquoted him.')).toEqual([
      { claimants: ['senator'], via: [] },
    ]);
  });

  it('is the newspaper named before ("told the newspaper")', async () => {
    expect(
      await claims(
        "The Boston Globe obtained the letter on Monday. Tom Ruiz, the mayor's spokesman, told the newspaper that the city would pay.",
      ),
    ).toEqual([{ claimants: ['Tom Ruiz'], via: ['Boston Globe'] }]);
  });
});

describe('an outlet credited in the forms that escaped the parse', () => {
  it('is the listener after a quotation ("…,” a farmer tells CNN.", the name parsed as an xcomp)', async () => {
    expect(await claims('"This is a disaster," a farmer tells CNN.')).toEqual([{ claimants: ['farmer'], via: ['CNN'] }]);
  });

  it('closes the sentence inverted with a name the tagger took for a common noun (", reports the AP.")', async () => {
    expect(await claims('The mayor will resign next week, reports the AP.')).toEqual([{ claimants: ['Associated Press'], via: [] }]);
    expect(await claims('Police said the fire was set deliberately, reports the AP.')).toEqual([
      { claimants: ['Police'], via: ['Associated Press'] },
    ]);
  });

  it('is the occasion of a participle of speaking ("Writing for CNN, X says", "Appearing on Fox News, X said")', async () => {
    expect(await claims('Writing for CNN, Jane Doe says the treaty was doomed from the start.')).toEqual([
      { claimants: ['Jane Doe'], via: ['CNN'] },
    ]);
    expect(await claims('Appearing on Fox News, Jane Doe said the talks had failed.')).toEqual([
      { claimants: ['Jane Doe'], via: ['Fox News'] },
    ]);
  });

  it('is the occasion of a participle of speaking hung on the subject ("The governor, speaking Sunday on Fox News, said")', async () => {
    expect(await claims('The governor, speaking Sunday on Fox News, said the state would sue.')).toEqual([
      { claimants: ['governor'], via: ['Fox News'] },
    ]);
  });

  it('"per the AP" closing the content is the via, not part of what was said', async () => {
    const text = 'Officials said the bridge would reopen in May, per the Washington Post.';
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    expect(a.claims).toHaveLength(1);
    expect(a.claims[0].text).toContain('reopen in May');
    expect(a.claims[0].text).not.toContain('per the');
  });

  it('"according to a CNN interview with X": X speaks, through the outlet, not the interview', async () => {
    expect(await claims('According to an NPR interview with Dr. Ana Ruiz, the clinic ran out of vaccine in March.')).toEqual([
      { claimants: ['Ana Ruiz'], via: ['NPR'] },
    ]);
    expect(
      await claims('The mayor ignored repeated warnings about the dam, according to a CNN interview with a former deputy mayor.'),
    ).toEqual([{ claimants: ['former deputy mayor'], via: ['CNN'] }]);
  });

  it('"according to a BBC interview broadcast Sunday" with no one after "with": the person the clause is about speaks, through the outlet', async () => {
    expect(
      await claims('Former goalkeeper Ivo Marsh was bullied by his coach for years, according to a BBC interview broadcast Sunday.'),
    ).toEqual([{ claimants: ['Ivo Marsh'], via: ['BBC'] }]);
    expect(await claims('Chef Dora Quint plans to sell her bistro next spring, according to a CBS interview aired Thursday.')).toEqual([
      { claimants: ['Dora Quint'], via: ['CBS News'] },
    ]);
  });

  it('"told NBC\'s Meet the Press": one via, the network that owns the programme (as "on CBS\'s Face the Nation")', async () => {
    expect(await claims("Rep. Jo Adler told NBC's Meet the Press that the shutdown would end by Friday.")).toEqual([
      { claimants: ['Jo Adler'], via: ['NBC News'] },
    ]);
    expect(await claims("Mayor Tim Oduya told CBS's Face the Nation that the city would rebuild the levee.")).toEqual([
      { claimants: ['Tim Oduya'], via: ['CBS News'] },
    ]);
  });

  it('"…, via Reuters" credits like "per", and a platform after "via" is no outlet ("via Twitter")', async () => {
    const text = 'A harbor official said the pier would stay shut until June, via Reuters.';
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    expect(a.claims).toHaveLength(1);
    expect(a.entities.find((e) => e.id === a.claims[0].via[0])?.name).toBe('Reuters');
    expect(a.claims[0].text).not.toContain('via');
    expect(await claims('The coach said the team would appeal the ruling, via Twitter.')).toEqual([{ claimants: ['coach'], via: [] }]);
  });
});

describe('a paper named by its masthead\'s word ("the Columbus Dispatch")', () => {
  it('is an outlet: "told the Dispatch" credits it', async () => {
    const text =
      'The superintendent of a small Ohio district will retire in June, the Columbus Dispatch reports. Board member Tom Fisk told the Dispatch that the vote was unanimous.';
    expect(await claims(text)).toEqual([
      { claimants: ['Columbus Dispatch'], via: [] },
      { claimants: ['Tom Fisk'], via: ['Columbus Dispatch'] },
    ]);
  });

  it('is who "the paper" stands for ("…, according to the paper")', async () => {
    const text =
      'The superintendent of a small Ohio district will retire in June, the Columbus Dispatch reports. The district had overspent by $2 million, according to the paper.';
    expect(await claims(text)).toEqual([
      { claimants: ['Columbus Dispatch'], via: [] },
      { claimants: ['Columbus Dispatch'], via: [] },
    ]);
  });

  it('closing a sentence after dashes, its credit leaves the speaker\'s reading whole ("X noted that S – what she calls Y – is S2, reported the Dispatch")', async () => {
    const text =
      'Jane Roe noted that the plan – what her staff calls "a lifeline" – is central to the budget, reported the Columbus Dispatch.';
    expect(await claims(text)).toEqual([{ claimants: ['Jane Roe'], via: ['Columbus Dispatch'] }]);
  });

  it('closing a sentence, its credit outranks the parse\'s reading of the same verb ("…amid a probe, the Dispatch reports": "reports" hung on "probe")', async () => {
    const text = 'The mayor of a small Ohio city resigned Monday amid a corruption probe, the Columbus Dispatch reports.';
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    expect(a.claims).toHaveLength(1);
    expect(a.claims[0].text).toContain('resigned');
  });
});

describe('a local station named after a network', () => {
  it('"Fox 35" is a station of its own, not Fox News', async () => {
    expect(await claims('Sheriff John Mina told Fox 35 that the driver had fled.')).toEqual([
      { claimants: ['John Mina'], via: ['Fox 35'] },
    ]);
    expect(await claims('Sheriff John Mina said in an interview with Fox 5 News that the driver had fled.')).toEqual([
      { claimants: ['John Mina'], via: ['Fox 5 News'] },
    ]);
  });

  it('"the local Fox affiliate" names no outlet, and "Fox" alone is still Fox News', async () => {
    expect(await claims('Sheriff John Mina told the local Fox affiliate that the driver had fled.')).toEqual([
      { claimants: ['John Mina'], via: [] },
    ]);
    expect(await claims('Sheriff John Mina told Fox that the driver had fled.')).toEqual([{ claimants: ['John Mina'], via: ['Fox News'] }]);
  });

  it('is the outlet a claimant that is a work was handed to ("according to court records cited by the Tribune", "A memo seen by Reuters says")', async () => {
    expect(await claims('The suspect, 24, is being held without bail, according to court records cited by the Chicago Tribune.')).toEqual([
      { claimants: ['court records'], via: ['Chicago Tribune'] },
    ]);
    expect(await claims('A memo seen by Reuters says the company will cut 300 jobs.')).toEqual([{ claimants: ['memo'], via: ['Reuters'] }]);
  });

  it('names the outlet after its own noun ("reports in the journal Science"), a name NER leaves untagged and the gazetteer does not know', async () => {
    expect(await claims('The team reports in the journal Science that the birds can count to five.')).toEqual([
      { claimants: ['team'], via: ['Science'] },
    ]);
  });

  it('credits a speaker named by a role the gazetteer knows ("The archbishop wrote in an op-ed for the New York Times that S")', async () => {
    expect(await claims('The archbishop wrote in an op-ed for the New York Times that the church had failed its victims.')).toEqual([
      { claimants: ['archbishop'], via: ['The New York Times'] },
    ]);
  });

  it('is the outlet the speaker spoke to in a clause on the speaker ("officials who spoke with CNN said S", "a neighbour who talked to the Post")', async () => {
    expect(await claims('Two officials who spoke with CNN said the pipeline would close in June.')).toEqual([
      { claimants: ['Two officials'], via: ['CNN'] },
    ]);
    expect(await claims('A neighbour who talked to the Boston Globe said the house had been empty for years.')).toEqual([
      { claimants: ['neighbour'], via: ['Boston Globe'] },
    ]);
  });

  it('knows the outlets Newser credits for entertainment, technology and science news ("tells Variety", "told the Hollywood Reporter")', async () => {
    expect(await claims('The director tells Variety that the film took two years to make.')).toEqual([
      { claimants: ['director'], via: ['Variety'] },
    ]);
    expect(await claims('The director told the Hollywood Reporter that the film took two years to make.')).toEqual([
      { claimants: ['director'], via: ['The Hollywood Reporter'] },
    ]);
    expect(await claims('The engineer told TechCrunch that the battery lasts a week.')).toEqual([
      { claimants: ['engineer'], via: ['TechCrunch'] },
    ]);
  });

  it('reads a publication named by a common word only where a listener stands, capitalised ("told People", "with Time"; not "the people of the town")', async () => {
    expect(await claims('The actress told People that she would return to the stage in the fall.')).toEqual([
      { claimants: ['actress'], via: ['People magazine'] },
    ]);
    expect(await claims('The pilot said in an interview with Time that the engine had failed twice.')).toEqual([
      { claimants: ['pilot'], via: ['Time magazine'] },
    ]);
    expect(await claims('The chef told the people of the town that the bakery would close.')).toEqual([{ claimants: ['chef'], via: [] }]);
  });

  it('credits speakers named by the professions of Newser\'s science and arts stories ("The paleontologist told National Geographic that S")', async () => {
    expect(await claims('The paleontologist told National Geographic that the bones were older than anyone had thought.')).toEqual([
      { claimants: ['paleontologist'], via: ['National Geographic'] },
    ]);
    expect(await claims('The choreographer told CNN that the show would tour in the spring.')).toEqual([
      { claimants: ['choreographer'], via: ['CNN'] },
    ]);
  });

  it('is the listener of "told USA Today", which the parser reads as a time', async () => {
    expect(await claims('The coach told USA Today that the season was over.')).toEqual([{ claimants: ['coach'], via: ['USA Today'] }]);
  });
});
