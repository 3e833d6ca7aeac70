/**
 * Quotations and who they are credited to (src/ingest/attribution/quotes/quotes.ts, quote-tokens.ts,
 * later-speakers.ts, filters/quoted-readings.ts), read off real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/ingest/attribution/index.ts';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

const words = (text: string, a: Attribution) => contentText(text, a, ' | ');

describe('quotations', () => {
  it('leaves a quotation closed on a full stop to its own speaker, not to a stance verb in the sentence after it', async () => {
    const text =
      '“We counted every ballot twice and found nothing wrong,” Okafor said at the county office. “Anyone who doubts it can come and read the ledgers.”\nLindqvist disagreed.';
    // At the parent "Lindqvist disagreed." read the quotation before it back as its content: Lindqvist's words.
    const found = await parsedAttributions(text);
    const second = found.find((a) => words(text, a).includes('read the ledgers'));
    expect(second, shownReadings(text, found)).toBeDefined();
    expect(second!.claimants.map((c) => c.name)).toEqual(['Okafor']);
  });

  it('credits a quotation the splitter cut in two to the speaker after its close, when another quotation follows the cue', async () => {
    const text =
      'Ana Ruiz runs the shelter on Elm Street. “We will not close the doors. Not this winter,” Ruiz replied, adding that the council was “still counting the votes.”';
    // At the parent the quotation went on the shelter sentence's reading (cue "runs"), not the reply's.
    expect(shownReadings(text, await parsedAttributions(text))).toContain(
      '["reply",["Ana Ruiz"],"We will not close the doors. Not this winter,"]',
    );
  });

  it("takes a quotation in doubled marks ('' … '') whole, over the sentences it runs", async () => {
    const text = "Park said: ''Our crews worked through the winter. Nobody took a day off.''";
    const found = await parsedAttributions(text);
    const said = found.find((a) => a.cue.lemma === 'say');
    expect(said, shownReadings(text, found)).toBeDefined();
    expect(said!.claimants[0].name).toBe('Park');
    expect(words(text, said!)).toBe('Our crews worked through the winter. Nobody took a day off.');
  });

  it('closes a quotation at an opening curly mark typed for the closing one, before the speaker', async () => {
    // '“S,“ said X': read as opening, the second mark left the quotation unclosed and no cue was kept.
    const text = 'Residents were angry. “Nobody asked us,“ Omar Tesfaye, who runs the bakery, said on Monday.';
    const found = await parsedAttributions(text);
    const said = found.find((a) => a.cue.lemma === 'say');
    expect(said, shownReadings(text, found)).toBeDefined();
    expect(said!.claimants[0].name).toBe('Omar Tesfaye');
    expect(words(text, said!)).toBe('Nobody asked us');
  });

  it('credits a question the splitter ended at its closing mark to the speaker after it, past a clause set off by a comma', async () => {
    const text = '“What does that even mean for the farmers?” Mr. Oduya asked, repeating a charge he made last week.';
    const found = await parsedAttributions(text);
    const asked = found.find((a) => a.cue.lemma === 'ask');
    expect(asked, shownReadings(text, found)).toBeDefined();
    expect(asked!.claimants[0].name).toBe('Oduya');
    expect(words(text, asked!)).toBe('What does that even mean for the farmers?');
  });

  it("reads the quotation closing in the cue's sentence when the splitter left the next quotation's opening mark at its end", async () => {
    const text =
      "Voters lined up before dawn in Dayton. ''No bridge, no bus, and no answers from the council,'' Mr. Dunne said. ''This town wants a change.''";
    const found = await parsedAttributions(text);
    const said = found.find((a) => a.cue.lemma === 'say');
    expect(said, shownReadings(text, found)).toBeDefined();
    expect(said!.claimants[0].name).toBe('Dunne');
    expect(words(text, said!)).toBe('No bridge, no bus, and no answers from the council');
  });

  it('names the speaker after a quotation whom the parser made the passive subject of "said"', async () => {
    const text = '“Nobody knows what the final cost is,” Lena Ortiz said.';
    const found = await parsedAttributions(text);
    const said = found.find((a) => a.cue.lemma === 'say');
    expect(said, shownReadings(text, found)).toBeDefined();
    expect(said!.claimants[0].name).toBe('Lena Ortiz');
    expect(words(text, said!)).toMatch(/^Nobody knows what the final cost is/);
  });

  it("reads a doubled mark after the cue's colon as opening the quotation, though the tagger calls it closing", async () => {
    const text = "The mayor spoke last. Ms. Ortiz added: ''Not yet. The crews need another month.''";
    const found = await parsedAttributions(text);
    const added = found.find((a) => a.cue.lemma === 'add');
    expect(added, shownReadings(text, found)).toBeDefined();
    expect(added!.claimants[0].name).toBe('Ortiz');
    expect(words(text, added!)).toBe('Not yet. The crews need another month.');
  });

  it("keeps the quotation the parser hung on the main verb ('defended X, saying: \"S\"') beside that verb's object", async () => {
    const text =
      "Ms. Vale's daughter, Nora, defended her mother Friday on Twitter, saying: ''And while I will admit she is not the best speaker in the council, I can promise you she has worked hard for this town.''";
    const found = await parsedAttributions(text);
    const quoted = found.find((a) => words(text, a).startsWith('And while I will admit'));
    expect(quoted, shownReadings(text, found)).toBeDefined();
    expect(quoted!.claimants[0].name).toBe('Nora');
    expect(words(text, quoted!)).toBe(
      'And while I will admit she is not the best speaker in the council, I can promise you she has worked hard for this town',
    );
    expect(found.some((a) => words(text, a) === 'her mother')).toBe(true);
  });

  it('credits a closed quotation to the name after its cue when a relative clause follows the name', async () => {
    // The parser hangs "added" on "Marsh" as an adjective and "Marsh" on the quotation's verb: no frame named anyone.
    const text = '“We will not close the clinic before the winter is over,” added Marsh, who chairs the hospital board.';
    const found = await parsedAttributions(text);
    const added = found.find((a) => a.cue.lemma === 'add');
    expect(added, shownReadings(text, found)).toBeDefined();
    expect(added!.claimants[0].name).toBe('Marsh');
    expect(words(text, added!)).toBe('We will not close the clinic before the winter is over');
  });

  it('gives a participle after the speaker of a closed quotation to that speaker, not to the subject inside the quotation', async () => {
    // "adding" hangs on "said", which the parser hangs inside the quotation's clause: the quotation's own verb lent it "the harbor board".
    const text =
      '“For better or worse, the harbor board has settled how this town earns its living,” Okoye said, adding that the unions never matched its reach.';
    const found = await parsedAttributions(text);
    const adding = found.find((a) => a.cue.lemma === 'add');
    expect(adding, shownReadings(text, found)).toBeDefined();
    expect(adding!.claimants[0].name).toBe('Okoye');
    expect(words(text, adding!)).toBe('that the unions never matched its reach');
  });
});
