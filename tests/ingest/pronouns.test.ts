/**
 * Pronoun sources named by the learned ranker (src/ingest/attribution/sources/pronoun-model.json) on real
 * CoreNLP parses of texts written for this test: the nearest name before "he" is not always the one
 * it stands for.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute } from '../../src/ingest/attribution/index.ts';
import { nameMentions } from '../../src/ingest/attribution/sources/name-mentions.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { claimantsOf } from '../support/parsed-attributions.ts';

/** The claimants' names of the attribution whose cue is `lemma`. */
async function claimantsOfCue(text: string, lemma: string): Promise<string[] | undefined> {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return attribute(text, doc)
    .find((a) => a.cue.lemma === lemma)
    ?.claimants.map((c) => c.name);
}

describe('pronoun sources', () => {
  it('does not take a name inside the quotation for the "he" that speaks it', async () => {
    const text = 'Mark Davis criticized the plan on Monday. "Even Robert Jones would not sign this," he said.';
    expect(await claimantsOf(text, 'would not sign this')).toEqual(['Mark Davis']);
  });

  it('takes the subject, not the man named after it as an object, for the next sentence\'s "he"', async () => {
    const text =
      'John Miller, the senior senator from Ohio, spent Tuesday with Tom Baker at the capitol. He said the budget was fair to every county.';
    expect(await claimantsOf(text, 'the budget was fair')).toEqual(['John Miller']);
  });

  it('gives "she" the woman, not the man named after her', async () => {
    const text = 'Mayor Ann Porter thanked Governor Tom Baker for the money. She said the bridge would open in May.';
    expect(await claimantsOf(text, 'the bridge would open')).toEqual(['Ann Porter']);
  });

  it('does not call "he" a person the article already called "she", whatever the first name', async () => {
    const text =
      'Dale Ruskin chairs the committee. Kerry Lindqvist, its newest member, voted against the bill. She said the vote was rushed. On Friday, he said the bill would pass anyway.';
    expect(await claimantsOf(text, 'the vote was rushed')).toEqual(['Kerry Lindqvist']);
    expect(await claimantsOf(text, 'the bill would pass anyway')).toEqual(['Dale Ruskin']);
  });

  it('never names a capitalised dateline as "he"', async () => {
    const text = 'GYOR, Hungary — A worker was hurt at the plant on Monday. He said the machine had failed twice before.';
    const claimants = await claimantsOf(text, 'the machine had failed');
    expect(claimants ?? []).not.toContainEqual(expect.stringMatching(/GYOR/i));
  });

  it('gives "she" the woman whose first name train never gendered ("Claudia"), not the man before her', async () => {
    const text = 'Christopher Lane spoke with Claudia Tenney in Utica on Monday. She said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['Claudia Tenney']);
  });

  it('does not make a wife male by her husband\'s "Mr." ("Mr. Volkov" with two Volkovs named)', async () => {
    const text =
      'Dmitri Volkov and Ilsa Volkov hosted the dinner on Friday. Mr. Volkov spoke first. Ilsa Volkov later joined a panel on water policy. She said the new dam would flood the valley.';
    expect(await claimantsOf(text, 'the new dam would flood')).toEqual(['Ilsa Volkov']);
  });

  it('does not give "they" a description of one person ("a spokesman for the county")', async () => {
    const text = 'A spokesman for the county said the road would reopen on Monday. They said the repairs would cost two million dollars.';
    expect(await claimantsOf(text, 'the road would reopen')).toEqual(['A spokesman for the county']);
    expect((await claimantsOf(text, 'the repairs would cost')) ?? []).toEqual([]);
  });

  it('gives "they" every name of a subject joined by "and", not none for one person', async () => {
    const text =
      'Senator Ana Ortiz and Governor Paul Reyes toured the flooded farms near Fresno on Tuesday. They said the new levee would be finished by spring.';
    expect(await claimantsOf(text, 'the new levee would be finished')).toEqual(['Ana Ortiz', 'Paul Reyes']);
  });

  it("takes the man named in the pronoun's own paragraph over the speaker of an earlier one", async () => {
    const text =
      'Mark Davis said the plan was too costly.\n\nA report by Tom Baker was released on Monday. He said the plan would save the county money.';
    expect(await claimantsOf(text, 'would save the county')).toEqual(['Tom Baker']);
  });

  it('names the person a spokeswoman is called in apposition, for her own claim and for the next "she"', async () => {
    const text =
      'Tom Baker opened the new clinic on Monday. A spokeswoman, Laura Finch, said the clinic would hire forty nurses. She added that the county would pay for the equipment.';
    expect(await claimantsOf(text, 'would hire forty nurses')).toEqual(['Laura Finch']);
    expect(await claimantsOf(text, 'would pay for the equipment')).toEqual(['Laura Finch']);
  });

  it('takes the speaker of the sentence, not one quoted inside what he said, for the next "he"', async () => {
    const text =
      'Mark Davis said on Monday that the audit was thorough, while Tom Baker admitted that he had missed the deadline. He also said the county would publish the report in June.';
    expect(await claimantsOf(text, 'would publish the report')).toEqual(['Mark Davis']);
  });

  it("reads a name whose verb is the sentence's own as in the main clause, and one in a clause inside it as not", async () => {
    const text = 'Laura Finch visited the new clinic on Monday because Tom Baker had asked her to come.';
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    const main = Object.fromEntries(nameMentions(doc).map((n) => [n.text, n.main]));
    expect(main).toEqual({ 'Laura Finch': true, 'Tom Baker': false });
  });
  it('takes "she" for a woman with a known first name though "Mr." precedes a man of the same surname', async () => {
    const text =
      'Bill Clinton spoke at the rally on Monday. Mr. Clinton praised the mayor. Hillary Clinton visited the new school on Tuesday. She said the district would hire forty teachers.';
    expect(await claimantsOf(text, 'would hire forty teachers')).toEqual(['Hillary Clinton']);
  });

  it('takes a speaker the parser hung in apposition on the noun before the cue ("S, two neighbors of hers said")', async () => {
    const text = 'Porter is now rethinking where she spends her weekends, two neighbors of hers said.';
    expect(await claimantsOf(text, 'where she spends')).toEqual(['two neighbors of hers']);
  });

  it('takes the name in apposition before "said", not the name it hangs on ("X, Y said, ...")', async () => {
    const text = 'Mayor Tom Baker, Porter said, has run the city like “a private club” for “far too long.”';
    expect(await claimantsOf(text, 'a private club')).toEqual(['Porter']);
  });

  it('takes the agent of a passive cue, not the subject of the verb it hangs on ("When asked by X whether S, Y said")', async () => {
    const text = 'When asked by a reporter whether the bridge would open in May, Baker said he did not know.';
    expect(await claimantsOf(text, 'whether the bridge would open')).toEqual(['a reporter']);
    const named = 'When asked by Porter about the cost of the new bridge, Baker said: “We will find the money.”';
    expect(await claimantsOf(named, 'the cost of the new bridge')).toEqual(['Porter']);
  });

  it('takes the other subject for a quantifier the parser made a second one ("X and Y have both argued S")', async () => {
    const text = 'Tom Baker and Ann Porter have both argued that the new bridge costs too much.';
    expect(await claimantsOf(text, 'the new bridge costs too much')).toEqual(['Tom Baker']);
  });

  it('names the person called in apposition to "one of them" or "a third"', async () => {
    const text = 'Three members of the board spoke at the meeting. One of them, Laura Finch, said the county needed more nurses.';
    expect(await claimantsOf(text, 'the county needed more nurses')).toEqual(['Laura Finch']);
    const third = 'Two mayors backed the plan. A third, Tom Baker, said the plan would fail.';
    expect(await claimantsOf(third, 'the plan would fail')).toEqual(['Tom Baker']);
  });

  it('takes the object of "force" or "lead" for the verb of its infinitive ("X forced Y to admit S")', async () => {
    const text = 'The poor results will force Tom Baker to admit that the plan has failed.';
    expect(await claimantsOf(text, 'the plan has failed')).toEqual(['Tom Baker']);
  });

  it('keeps such a reading when the verb\'s subject is no speaker ("Rising costs led X to declare S", find.ts)', async () => {
    const text = 'Rising costs led Mayor Tom Reyes to declare that the harbor plan was finished.';
    expect(await claimantsOf(text, 'the harbor plan was finished')).toEqual(['Tom Reyes']);
  });

  it('keeps a gerund whose speaker is the main clause\'s subject ("In addition to stating S, X has ...", find.ts)', async () => {
    const text = 'In addition to stating that the old pier was unsafe, Mayor Ruth Alvarez has closed the harbor road.';
    expect(await claimantsOf(text, 'the old pier was unsafe')).toEqual(['Ruth Alvarez']);
  });

  it('keeps a verb joined to the inner clause whose subject is no speaker ("X said the storm had S and warned S2", find.ts)', async () => {
    const text = 'Mayor Ruth Alvarez said the storm had damaged the old pier and warned that the ferry would not run on Monday.';
    expect(await claimantsOfCue(text, 'warn')).toEqual(['Ruth Alvarez']);
  });

  it('does not take the name after a verb the parser left hanging for its inverted subject when the content follows it', async () => {
    const text = 'The college study carried out last fall showed Judge Ann Porter with twice the support of her challenger, Tom Baker.';
    expect(await claimantsOf(text, 'twice the support')).toEqual(['The college study']);
  });

  it('names "those" with the relative clause that says who they are', async () => {
    const text = 'Most county workers like the new pay plan. But those who drive the night buses say the raise is too small.';
    expect(await claimantsOf(text, 'the raise is too small')).toEqual(['those who drive the night buses']);
  });

  it('takes the named man a description renamed for the "he" after it, the description as his alias', async () => {
    const text =
      'Tom Baker said on Monday that the county would build the new bridge. The county engineer added that the work would start in May. He said the cost would stay under the budget.';
    expect(await claimantsOf(text, 'the cost would stay under')).toEqual(['Tom Baker']);
    const nameless = 'The county engineer said on Monday that the work would start in May. He said the cost would stay under the budget.';
    expect(await claimantsOf(nameless, 'the cost would stay under')).toEqual(['The county engineer']);
  });

  it('gives a participle after a comma the subject of the clause it closes, not of a clause inside it', async () => {
    const pushing = 'Tom Reyes has been pushing for the governor to veto the bill, arguing that it would raise rents.';
    expect(await claimantsOf(pushing, 'it would raise rents')).toEqual(['Tom Reyes']);
    const after = 'Lena Marsh said after the senator won his primary, remarking that the party had finally found its voice.';
    expect(await claimantsOf(after, 'the party had finally found its voice')).toEqual(['Lena Marsh']);
    // An expletive "it" above the clause speaks for no one: the clause's own subject stays.
    const expletive = 'It was a tough week, as Ann Porter echoed the charge, saying the plan was reckless.';
    expect(await claimantsOf(expletive, 'the plan was reckless')).toEqual(['Ann Porter']);
  });

  it('gives a verb joined to a clause inside the sentence the subject of the clause above it ("X said that Y did S and added S2")', async () => {
    const added = 'Omar Haddad said that the council had approved the budget and added that taxes would not rise.';
    expect(await claimantsOfCue(added, 'add')).toEqual(['Omar Haddad']);
    const warn = 'Several farmers fear that the governor has missed his chance and warn that the drought will get worse.';
    expect(await claimantsOfCue(warn, 'warn')).toEqual(['Several farmers']);
  });

  it('lets a bare plural of things a cue describes speak for itself ("despite polls showing S"), not the subject of the verb above', async () => {
    const polls = 'Despite polls showing her far behind, Maria Lopez campaigned hard across the county.';
    expect(await claimantsOfCue(polls, 'show')).toEqual(['polls']);
    const ads = "Most of the money went to ads praising the governor's record on schools.";
    expect(await claimantsOfCue(ads, 'praise')).toEqual(['ads']);
  });

  it('never names a span of time the parser made the subject ("After weeks of refusing to give S")', async () => {
    const text = 'After weeks of refusing to give an apology for the remarks, the senator has changed course.';
    expect((await claimantsOfCue(text, 'refuse')) ?? []).not.toContain('weeks');
  });

  it('never gives "he" a speaker described as a woman, and still gives her the next "she"', async () => {
    const he =
      'Tom Reyes runs the shelter on Elm Street. A woman said the beds were full every night. He said the city had promised more money.';
    expect(await claimantsOf(he, 'the city had promised')).toEqual(['Tom Reyes']);
    const she =
      'Tom Reyes runs the shelter on Elm Street. A woman said the beds were full every night. She said the city had promised more money.';
    expect(await claimantsOf(she, 'the city had promised')).toEqual(['A woman']);
  });
});
