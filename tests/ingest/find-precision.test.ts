/**
 * Candidates that are no attribution (src/ingest/attribution/index.ts, find.ts), read off real
 * CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute, type Attribution } from '../../src/ingest/attribution/index.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function attributed(text: string): Promise<Attribution[]> {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return attribute(text, doc);
}

const shown = (text: string, found: Attribution[]) =>
  JSON.stringify(
    found.map((a) => [a.cue.lemma, a.confidence, a.claimants.map((c) => c.name), a.content.map((s) => text.slice(s.start, s.end))]),
  );

describe('false attributions', () => {
  it("keeps no candidate below the threshold inside a person's report: only an outlet's report carries one", async () => {
    for (const [text, speaker] of [
      ["The mayor's spokesman Tom Reeves said the governor asked for the meeting.", 'Tom Reeves'],
      ['Ms. Dunlop said that two former employees who sued the company said they continued to receive threats.', 'Dunlop'],
    ]) {
      const found = await attributed(text);
      expect(
        found.map((a) => [a.cue.lemma, a.claimants[0]?.name]),
        shown(text, found),
      ).toEqual([['say', speaker]]);
    }
  });

  it("reads 'X said S, according to Y' as one attribution of Y, its content taking in X's saying", async () => {
    for (const [text, source, content] of [
      [
        '“We will rebuild the bridge before winter,” Mayor Tom Reeves said at the closed meeting, according to two council members who attended.',
        'two council members',
        'We will rebuild the bridge before winter,” Mayor Tom Reeves said at the closed meeting',
      ],
      [
        'Most residents said they trusted the water board, according to a survey by the county health department.',
        'a survey by the county health department',
        'Most residents said they trusted the water board',
      ],
    ]) {
      const found = await attributed(text);
      const words = found.map((a) => [a.cue.lemma, a.claimants[0]?.name, a.content.map((s) => text.slice(s.start, s.end)).join(' | ')]);
      expect(words, shown(text, found)).toEqual([['accord', source, content]]);
    }
  });

  it("drops an attribution whose content swallowed a clearly likelier speaker's clause ('revised his plans, saying S')", async () => {
    for (const [text, speaker, content] of [
      [
        'The governor revised his plans in March, saying that about 500 workers would stay at the plant.',
        'The governor',
        'that about 500 workers would stay at the plant',
      ],
      [
        'Senator Dana Whitfield posted a long message on Sunday, saying that the budget would pass.',
        'Dana Whitfield',
        'that the budget would pass',
      ],
    ]) {
      const found = await attributed(text);
      const words = found.map((a) => [a.cue.lemma, a.claimants[0]?.name, a.content.map((s) => text.slice(s.start, s.end)).join(' | ')]);
      expect(words, shown(text, found)).toEqual([['say', speaker, content]]);
    }
  });

  it("drops an attribution whose cue and another speaker both stand in a likelier one's content (the outer speaker's account)", async () => {
    const text = 'Alvarez told the panel that his office would quit opposing the sale of the tapes next week.';
    const found = await attributed(text);
    expect(
      found.map((a) => [a.cue.lemma, a.claimants[0]?.name]),
      shown(text, found),
    ).toEqual([['tell', 'Alvarez']]);
  });

  it("reads 'refused to say X' once, through the inner cue: the outer verb's 'to say X' is no second attribution", async () => {
    for (const [text, speaker, content] of [
      ['Rep. Dana Holt refused to say the words "tax increase" during the debate.', 'Dana Holt', 'the words "tax increase'],
      ['The coach refused to say the name "Carter" at the press conference.', 'The coach', 'the name "Carter" at the press conference'],
    ]) {
      const found = await attributed(text);
      const words = found.map((a) => [a.cue.lemma, a.claimants[0]?.name, a.content.map((s) => text.slice(s.start, s.end)).join(' | ')]);
      expect(words, shown(text, found)).toEqual([['say', speaker, content]]);
    }
  });
  it("drops 'made an appearance', 'took a look', 'the phone poll has an error margin': a light verb whose object names no message, act or thought", async () => {
    for (const text of [
      'Governor Maria Lopez made a brief appearance at the harbor festival on Saturday.',
      'Senator Dana Whitfield took a long look at the budget figures.',
      'The water board made payments on its old loans last year.',
      'Their phone poll has a margin of error close to five points.',
    ]) {
      const found = await attributed(text);
      expect(found, shown(text, found)).toEqual([]);
    }
    // "complaint": an ailment first, a message second.
    for (const text of [
      'Governor Maria Lopez made several angry statements about the budget cuts.',
      'Mayor Tom Reeves made a complaint about the noise.',
    ]) {
      const found = await attributed(text);
      expect(
        found.map((a) => a.cue.lemma),
        shown(text, found),
      ).toEqual(['make']);
    }
  });
  it("drops 'the team includes X': what includes people lists its members, while 'the email includes a photo' stays", async () => {
    const members = "The mayor's new team includes Dana Whitfield and two former judges.";
    const none = await attributed(members);
    expect(none, shown(members, none)).toEqual([]);
    const text = 'The campaign email includes a photo of the senator at the fair.';
    const found = await attributed(text);
    expect(
      found.map((a) => [a.cue.lemma, a.claimants[0]?.name]),
      shown(text, found),
    ).toEqual([['include', 'The campaign email']]);
  });
  it("drops a roster after a colon ('Ohio: A, B, C, ...'), while 'Senator X: S' stays the senator's", async () => {
    const roster = 'Ohio: Ann Lee, Tom Park, Raj Patel, Maria Gomez, Dan Cole.';
    const none = await attributed(roster);
    expect(none, shown(roster, none)).toEqual([]);
    const text = 'Senator Dana Whitfield: The plant will stay open.';
    const found = await attributed(text);
    expect(
      found.map((a) => [a.cue.lemma, a.claimants[0]?.name]),
      shown(text, found),
    ).toEqual([[':', 'Dana Whitfield']]);
  });
  it('drops \'it is unclear whether S\': the "it" of a predicate adjective stands for nobody, not for the last speaker', async () => {
    const text =
      'The ministry also published a list of shelters that families can use during the floods. It is unclear whether the shelters have enough beds for everyone.';
    const found = await attributed(text);
    expect(
      found.map((a) => [a.cue.lemma, a.claimants[0]?.name]),
      shown(text, found),
    ).toEqual([['publish', 'The ministry']]);
  });
  it("drops 'an NGO which advocates for X': a relative clause on a verb of pursuing a cause describes its noun", async () => {
    const text =
      'Anna Berg, head of the Clean Coast Fund, which advocates for coastal wildlife, tells the Herald that her inbox has been full since Monday.';
    const found = await attributed(text);
    expect(
      found.map((a) => [a.cue.lemma, a.claimants[0]?.name]),
      shown(text, found),
    ).toEqual([['tell', 'Anna Berg']]);
  });
});
