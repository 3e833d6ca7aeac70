/**
 * Where an attribution's content begins and ends, and which attribution a quotation continues
 * (src/ingest/attribution/index.ts, find.ts, quotes.ts), read off real CoreNLP parses of sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/ingest/attribution/index.ts';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

const words = (text: string, a: Attribution) => contentText(text, a, ' | ');

describe('content boundaries', () => {
  it('gives a report closing the sentence after a comma all that stands before the comma, not the last clause it hangs on', async () => {
    const text = 'In one memo, the treasurer described how the money had been shifted between two accounts, the Tribune reported.';
    const found = await parsedAttributions(text);
    const reported = found.find((a) => a.cue.lemma === 'report');
    expect(reported, JSON.stringify(found.map((a) => [a.cue.lemma, words(text, a)]))).toBeDefined();
    // At the parent the content was the subtree of the word the parser hung "reported" on ("between two accounts").
    expect(words(text, reported!)).toBe('In one memo, the treasurer described how the money had been shifted between two accounts');
  });
  it('continues a quotation with the speaker who was quoted, not with a participle beside the cue', async () => {
    const text =
      '“We will not leave a single family without a roof this winter,” Mayor Ellen Park said, referring to the flooded river district. “Our crews are working day and night to reopen every road.”';
    const found = await parsedAttributions(text);
    const continued = found.find((a) => a.continued);
    expect(continued, JSON.stringify(found.map((a) => [a.cue.lemma, words(text, a)]))).toBeDefined();
    expect(continued!.cue.lemma).toBe('say');
    expect(words(text, continued!)).toBe('Our crews are working day and night to reopen every road.');
  });
  it("ends a content where its speaker's participle clause begins, and the participle speaks for that speaker", async () => {
    const text = 'Senator Maria Lopez called for an independent audit of the pension fund, describing its managers as careless.';
    const found = await parsedAttributions(text);
    const seen = JSON.stringify(found.map((a) => [a.cue.lemma, a.claimants.map((c) => c.name), words(text, a)]));
    const called = found.find((a) => a.cue.lemma === 'call');
    expect(called, seen).toBeDefined();
    expect(words(text, called!)).toBe('an independent audit of the pension fund');
    const describing = found.find((a) => a.cue.lemma === 'describe');
    expect(describing, seen).toBeDefined();
    expect(describing!.claimants[0].name).toBe('Maria Lopez');
  });

  it('ends a content at a participle clause after a comma inside closing quotation marks (\'"S," describing\')', async () => {
    const text = 'Ms. Tran said that the new budget was a "mess," describing the council members as reckless.';
    const found = await parsedAttributions(text);
    const seen = JSON.stringify(found.map((a) => [a.cue.lemma, a.claimants.map((c) => c.name), words(text, a)]));
    const said = found.find((a) => a.cue.lemma === 'say');
    expect(said, seen).toBeDefined();
    expect(words(text, said!)).toBe('that the new budget was a "mess');
    const describing = found.find((a) => a.cue.lemma === 'describe');
    expect(describing, seen).toBeDefined();
    expect(describing!.claimants[0].name).toBe('Tran');
  });

  it("leaves out a relative clause that holds another speaker's cue, and keeps one that holds none", async () => {
    const cases: Array<[string, string, string]> = [
      ['Senator Ruiz said the state should raise the gas tax, which the governor opposes.', 'say', 'the state should raise the gas tax'],
      ['The mayor defended the new curfew, which many shop owners oppose.', 'defend', 'the new curfew'],
      ['The mayor defended the new curfew, which took effect in May.', 'defend', 'the new curfew, which took effect in May'],
    ];
    for (const [text, lemma, content] of cases) {
      const found = await parsedAttributions(text);
      const outer = found.find((a) => a.cue.lemma === lemma);
      expect(outer, JSON.stringify(found.map((a) => [a.cue.lemma, words(text, a)]))).toBeDefined();
      expect(words(text, outer!)).toBe(content);
    }
  });

  it("ends a content where another speaker's clause is joined to it ('S1, compared with N who said S2')", async () => {
    const text = 'Most parents said the new schedule was fair, compared with 30 percent who said it was too strict.';
    const found = await parsedAttributions(text);
    const seen = JSON.stringify(found.map((a) => [a.cue.lemma, a.claimants.map((c) => c.name), words(text, a)]));
    const first = found.find((a) => a.claimants[0]?.name === 'Most parents');
    expect(first, seen).toBeDefined();
    expect(words(text, first!)).toBe('the new schedule was fair');
    const second = found.find((a) => a.claimants[0]?.name === '30 percent');
    expect(second, seen).toBeDefined();
    expect(words(text, second!)).toBe('it was too strict');
  });

  it("ends a content where its speaker's next verb begins, in the tense of the cue", async () => {
    const text =
      'Governor Ada Okafor predicted that the regional economy would recover next spring and praised the central bank for its patience.';
    const found = await parsedAttributions(text);
    const seen = JSON.stringify(found.map((a) => [a.cue.lemma, a.claimants.map((c) => c.name), words(text, a)]));
    const predicted = found.find((a) => a.cue.lemma === 'predict');
    expect(predicted, seen).toBeDefined();
    expect(words(text, predicted!)).toBe('that the regional economy would recover next spring');
    const praised = found.find((a) => a.cue.lemma === 'praise');
    expect(praised, seen).toBeDefined();
    expect(praised!.claimants[0].name).toBe('Ada Okafor');
  });

  it("ends a content where its speaker's next verb begins after a present perfect", async () => {
    const text = 'Okafor has said that a deal would be very hard to reach, but praised the negotiators.';
    const found = await parsedAttributions(text);
    const seen = JSON.stringify(found.map((a) => [a.cue.lemma, a.claimants.map((c) => c.name), words(text, a)]));
    const said = found.find((a) => a.cue.lemma === 'say');
    expect(said, seen).toBeDefined();
    expect(words(text, said!)).toBe('that a deal would be very hard to reach');
    const praised = found.find((a) => a.cue.lemma === 'praise');
    expect(praised, seen).toBeDefined();
    expect(praised!.claimants[0].name).toBe('Okafor');
  });

  it("ends a content where its speaker's next verb begins, its tense carried by an auxiliary ('but did not recommend')", async () => {
    const cases: Array<[string, string, string, string, string]> = [
      [
        'Commissioner Lena Ortiz concluded that the contractor had been very careless with the bridge repairs, but did not recommend that the city cancel the contract.',
        'conclude',
        'that the contractor had been very careless with the bridge repairs',
        'recommend',
        'Lena Ortiz',
      ],
      [
        'The senator says she will vote for the budget bill but has withheld her support for the tax plan.',
        'say',
        'she will vote for the budget bill',
        'withhold',
        'The senator',
      ],
    ];
    for (const [text, lemma, content, next, speaker] of cases) {
      const found = await parsedAttributions(text);
      const seen = JSON.stringify(found.map((a) => [a.cue.lemma, a.claimants.map((c) => c.name), words(text, a)]));
      const first = found.find((a) => a.cue.lemma === lemma);
      expect(first, seen).toBeDefined();
      expect(words(text, first!)).toBe(content);
      const second = found.find((a) => a.cue.lemma === next);
      expect(second, seen).toBeDefined();
      expect(second!.claimants[0].name).toBe(speaker);
    }
  });

  it("takes the rest of the sentence as the content of an 'according to' that opens or closes it", async () => {
    for (const [text, content] of [
      [
        'Harlan County lost about 2,000 residents who moved to larger cities during the decade, according to census figures.',
        'Harlan County lost about 2,000 residents who moved to larger cities during the decade',
      ],
      [
        'According to the weather service, the storm dropped more snow on the valley than any storm since 1996, closing most roads.',
        'the storm dropped more snow on the valley than any storm since 1996, closing most roads',
      ],
    ]) {
      const found = await parsedAttributions(text);
      const according = found.find((a) => a.cue.lemma === 'accord');
      expect(according, JSON.stringify(found.map((a) => [a.cue.lemma, words(text, a)]))).toBeDefined();
      expect(words(text, according!)).toBe(content);
    }
  });

  it("ends a content before its speaker's participle after a comma, which keeps its own content ('tweeted X, adding \"S\"')", async () => {
    const text = 'Senator Ruth Okoye tweeted her thanks to the volunteers, adding "we will keep fighting for every family in this state."';
    const found = await parsedAttributions(text);
    const byLemma = Object.fromEntries(found.map((a) => [a.cue.lemma, { claimant: a.claimants[0]?.name, content: words(text, a) }]));
    expect(byLemma.tweet).toEqual({ claimant: 'Ruth Okoye', content: 'her thanks to the volunteers' });
    expect(byLemma.add).toEqual({ claimant: 'Ruth Okoye', content: 'we will keep fighting for every family in this state' });
  });

  it('ends a content before "and" and a verb of saying the same speaker joins to it, which reads on its own', async () => {
    const text = 'The judge said she regretted her comments and promised to keep clear of the dispute from now on.';
    const found = await parsedAttributions(text);
    const byLemma = Object.fromEntries(found.map((a) => [a.cue.lemma, { claimant: a.claimants[0]?.name, content: words(text, a) }]));
    // At the parent the parser hung "promised" inside what she said, and the content ran on through it.
    expect(byLemma.say).toEqual({ claimant: 'The judge', content: 'she regretted her comments' });
    expect(byLemma.promise).toEqual({ claimant: 'The judge', content: 'to keep clear of the dispute from now on' });
  });

  it('ends a content at a semicolon outside a quotation, where another statement begins', async () => {
    const text =
      'Mr. Hale advocates fees of $40 on every truck crossing the border; Ms. Park seeks an extra $2 billion from the fuel tax and would leave small farms alone.';
    const found = await parsedAttributions(text);
    const advocated = found.find((a) => a.cue.lemma === 'advocate');
    expect(advocated, JSON.stringify(found.map((a) => [a.cue.lemma, words(text, a)]))).toBeDefined();
    // At the parent the parser hung the second clause on the first, and the content ran on to the full stop.
    expect(words(text, advocated!)).toBe('fees of $40 on every truck crossing the border');
  });
});
