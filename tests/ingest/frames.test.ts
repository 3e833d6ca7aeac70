/**
 * The frames that propose attribution candidates (src/ingest/attribution/frames/frames.ts), read off real
 * CoreNLP parses: each sentence must yield a candidate on the named cue, with that frame, the
 * source's head word and the content's words. Whether a candidate is kept is the learned model's
 * call (floors.test.ts measures that); this checks only what the trees propose.
 */
import { describe, expect, it } from 'vitest';
import { proposedCandidates, type ProposedCandidate } from '../support/proposed-candidates.ts';

/** What frames.ts proposes, without the lemma these cases do not name. */
async function proposed(text: string): Promise<Omit<ProposedCandidate, 'lemma'>[]> {
  return (await proposedCandidates(text)).map(({ lemma: _lemma, ...rest }) => rest);
}

describe('attribution frames', () => {
  it('reads a headline name before a colon as the source of what follows', async () => {
    const found = await proposed("Graham: Trump's hateful rhetoric is destroying the party's chances.");
    expect(found).toContainEqual({
      cue: ':',
      frame: 'colon',
      source: 'Graham',
      content: "Trump's hateful rhetoric is destroying the party's chances",
    });
  });

  it('keeps the "as" phrase after a cue\'s object in its content ("portrayed X as Y")', async () => {
    const found = await proposed('Senator Tom Reyes portrayed the mayor as a careless spender.');
    expect(found).toContainEqual({ cue: 'portrayed', frame: 'obj', source: 'Reyes', content: 'the mayor as a careless spender' });
  });

  it('does not read a colon deep in a sentence as a headline', async () => {
    const found = await proposed(
      'The senator, who spoke to reporters on Tuesday after a long meeting, listed three demands: more money, more troops, more time.',
    );
    expect(found.filter((c) => c.frame === 'colon')).toEqual([]);
  });

  it('takes the object of a preposition after a verb or a predicate adjective as content', async () => {
    const called = await proposed('Clinton called for a no-fly zone over Syria.');
    expect(called).toContainEqual(expect.objectContaining({ cue: 'called', frame: 'obl', source: 'Clinton' }));
    expect(called.find((c) => c.frame === 'obl')!.content).toMatch(/^a no-fly zone/);
    const critical = await proposed('Republicans have been critical of the nuclear deal with Iran.');
    expect(critical).toContainEqual(expect.objectContaining({ cue: 'critical', frame: 'obl', source: 'Republicans' }));
    expect(critical.find((c) => c.frame === 'obl')!.content).toMatch(/^the nuclear deal/);
  });

  it('credits a passive subject to the agent', async () => {
    const found = await proposed("The governor's resignation was first reported by the Associated Press.");
    expect(found).toContainEqual(
      expect.objectContaining({ cue: 'reported', frame: 'passive', source: 'Press', content: "The governor's resignation" }),
    );
  });

  it('gives a participle clause the subject of the clause it hangs from', async () => {
    const found = await proposed('Ortega phoned volunteers on Friday night, telling them that the union would carry the vote.');
    const telling = found.find((c) => c.cue === 'telling' && c.content.includes('the union would carry'));
    expect(telling?.source).toBe('Ortega');
  });

  it('gives a noun cue the subject of its light verb', async () => {
    const found = await proposed('Calderon expressed disappointment that the talks had failed.');
    const noun = found.find((c) => c.cue === 'disappointment');
    expect(noun).toMatchObject({ source: 'Calderon', frame: 'ccomp' });
    expect(noun!.content).toContain('the talks had failed');
  });

  it('proposes one-word content only for frames whose object can be a name', async () => {
    const found = await proposed('Okafor has hammered Jenkins throughout the race.');
    expect(found).toContainEqual(expect.objectContaining({ cue: 'hammered', frame: 'obj', source: 'Okafor', content: 'Jenkins' }));
    expect(
      found.filter((c) => c.content.split(/\s+/).length === 1).every((c) => ['obj', 'noun-of', 'obl', 'passive'].includes(c.frame)),
    ).toBe(true);
  });

  it('reads a name that introduces a quotation with a colon as its source', async () => {
    for (const [text, source] of [
      ['Turnout fell in every rural county — Maria Okafor: “Nobody came out for the runoff, and nobody will.”', 'Okafor'],
      ['More from Jenkins: “The board never looked at the second audit before the vote.”', 'Jenkins'],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual(expect.objectContaining({ cue: ':', frame: 'colon', source }));
    }
  });

  it('reads one capitalised common noun before a headline colon as the source, but not an interview\'s "Q:"', async () => {
    const found = await proposed('Insiders: The governor will not seek a third term next year.');
    expect(found).toContainEqual(expect.objectContaining({ cue: ':', frame: 'colon', source: 'Insiders' }));
    const question = await proposed('Q: Did anyone from the county ever come to check on the house?');
    expect(question.filter((c) => c.frame === 'colon')).toEqual([]);
  });

  it('does not read a name inside a clause before a colon as a speaker', async () => {
    const found = await proposed('The mayor thanked the volunteers of Springfield: “the best in the state,” she called them.');
    expect(found.filter((c) => c.frame === 'colon')).toEqual([]);
  });

  it("reads a participle after a comma that the parser hung as its object's adjective, with the subject of the verb above", async () => {
    for (const [text, cue, source, content] of [
      [
        'The mayor spoke for an hour on Monday, thanking city workers for their patience.',
        'thanking',
        'mayor',
        'city workers for their patience',
      ],
      [
        'The governor ended the rally in Dayton, mocking reporters for their questions.',
        'mocking',
        'governor',
        'reporters for their questions',
      ],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual({ cue, frame: 'obj', source, content });
    }
  });

  it('takes a gerund clause a preposition introduces after the cue as its content', async () => {
    for (const [text, cue, source, content] of [
      [
        'Both parties agreed on creating a new panel to review the district maps.',
        'agreed',
        'parties',
        'creating a new panel to review the district maps',
      ],
      [
        'Several members warned against cutting the school budget before the vote.',
        'warned',
        'members',
        'cutting the school budget before the vote',
      ],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual({ cue, frame: 'obl', source, content });
    }
  });

  it('takes a gerund clause the parser hangs with a preposition as its case as the content ("thanked X for S")', async () => {
    for (const [text, cue, source, content] of [
      [
        'The mayor thanked the volunteers for cleaning up the park after the storm.',
        'thanked',
        'mayor',
        'cleaning up the park after the storm',
      ],
      [
        'Residents criticized the council for ignoring their complaints about noise.',
        'criticized',
        'Residents',
        'ignoring their complaints about noise',
      ],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual({ cue, frame: 'obl', source, content });
    }
  });

  it('takes an adjective the parser made the subject as the source', async () => {
    const many = await proposed('Many say the party has lost its way since the last election.');
    expect(many).toContainEqual(expect.objectContaining({ cue: 'say', frame: 'ccomp', source: 'Many' }));
    const few = await proposed('But few believe the talks in Geneva will end the war this year.');
    expect(few).toContainEqual(expect.objectContaining({ cue: 'believe', frame: 'ccomp', source: 'few' }));
  });

  it('takes a name after the cue as the source when the quotation before hangs loose (dep)', async () => {
    for (const [text, source] of [
      ['“Now she is a real contender,” said Greene.', 'Greene'],
      ['“So they waited there for hours with their phones,” said Alvarez.', 'Alvarez'],
      ['“Well, we will find out soon,” said Ortega.', 'Ortega'],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual(expect.objectContaining({ cue: 'said', source }));
    }
  });

  it('gives a preposed participle clause the parser hung as dep the subject of the clause after its comma', async () => {
    for (const [text, cue, source] of [
      ['Admitting that the budget was “a bit of a mess,” the governor promised that cuts would come.', 'Admitting', 'governor'],
      ['Insisting that the vote was “rigged from the start,” Miller demanded a recount.', 'Insisting', 'Miller'],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual(expect.objectContaining({ cue, frame: 'ccomp', source }));
    }
  });

  it("gives a light verb's noun its verb's subject as the source and what it is aimed at ('against') as the content", async () => {
    for (const [text, cue, source, content] of [
      ['Trump leveled charges against Jeb Bush on Monday.', 'charges', 'Trump', 'Jeb Bush'],
      ["The senator unleashed attacks against the governor's health plan.", 'attacks', 'senator', "the governor's health plan"],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual({ cue, frame: 'noun-of', source, content });
    }
  });

  it("gives a stance noun after a copula or 'become'/'remain' its subject as the source and its phrase as the content", async () => {
    for (const [text, cue, source, content] of [
      ['The senator has long been a vocal supporter of the new highway bill.', 'supporter', 'senator', 'the new highway bill'],
      ['Ms. Alvarez became an early backer of the school levy.', 'backer', 'Alvarez', 'the school levy'],
      ['Mayor Diaz remains a fierce critic of the stadium deal.', 'critic', 'Diaz', 'the stadium deal'],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual({ cue, frame: 'noun-of', source, content });
    }
    const member = await proposed('The senator is a member of the budget committee.');
    expect(member.filter((c) => c.frame === 'noun-of')).toEqual([]);
  });

  it('reads a participle cue the parser took for the mark of the clause it reports, with the subject of the verb above', async () => {
    const found = await proposed(
      'The mayor refused to release the report on Monday, saying officials cannot discuss it while the inquiry continues.',
    );
    expect(found).toContainEqual({
      cue: 'saying',
      frame: 'ccomp',
      source: 'mayor',
      content: 'officials cannot discuss it while the inquiry continues',
    });
  });

  it('reads a name closing the sentence after "..., said" as the speaker when the parser gave the cue the content\'s subject', async () => {
    const text =
      'The plan to "fix the roads" and "build more schools" appeals to voters who want a return to quieter times, said Alan Petrakis, a historian at Ridgefield University.';
    expect(await proposed(text)).toContainEqual({
      cue: 'said',
      frame: 'parataxis',
      source: 'Petrakis',
      content: 'The plan to "fix the roads" and "build more schools" appeals to voters who want a return to quieter times',
    });
  });

  it('takes a one-word quotation opening the sentence as the content of a cue with no complement', async () => {
    expect(await proposed('"Absolutely," the senator said.')).toContainEqual({
      cue: 'said',
      frame: 'quote',
      source: 'senator',
      content: 'Absolutely',
    });
  });

  it('takes the name after "S," said as the speaker when the parser made it the subject of the clause after it', async () => {
    const found = await proposed(
      '"The new rules will cost farmers dearly," said Martin Osgood, head of the Dairy Council, noting that milk prices have fallen.',
    );
    const said = found.filter((c) => c.cue === 'said');
    expect(said).toContainEqual({ cue: 'said', frame: 'ccomp', source: 'Osgood', content: 'The new rules will cost farmers dearly' });
    expect(said.filter((c) => c.content.startsWith('Martin Osgood'))).toEqual([]);
  });

  it('reads "S, according to X." when the parser made X the root of the sentence', async () => {
    const found = await proposed(
      'Renters under thirty cast barely 7 percent of the ballots in the county in 2010, according to the exit polls.',
    );
    expect(found).toContainEqual({
      cue: 'according',
      frame: 'according',
      source: 'polls',
      content: 'Renters under thirty cast barely 7 percent of the ballots in the county in 2010',
    });
  });

  it("still tries the sentence's quotation for a speech verb whose only frame is a preposition's object ('said on Tuesday')", async () => {
    expect(await proposed('"Nonsense, all of it," Mayor Rhoda Finch said on Tuesday.')).toContainEqual({
      cue: 'said',
      frame: 'quote',
      source: 'Finch',
      content: 'Nonsense, all of it',
    });
  });

  it('reads two names joined by "and" after a dash as the source of the quotation their colon opens', async () => {
    const found = await proposed(
      'Turnout fell again in the rural counties - Dana Whitcomb and Lee Ortiz: "The drop was steepest among young voters in the north."',
    );
    expect(found).toContainEqual({
      cue: ':',
      frame: 'colon',
      source: 'Whitcomb',
      content: 'The drop was steepest among young voters in the north',
    });
  });

  it('reads a description closing the sentence after "..., said" as the speaker when the parser hung the cue on the content', async () => {
    const found = await proposed(
      "In nearby Millbrook, the old paper mill is holding on, but it is under heavy pressure from cheaper imports, said the company's president, Dana R. Whitfield.",
    );
    expect(found).toContainEqual({
      cue: 'said',
      frame: 'parataxis',
      source: 'president',
      content: 'In nearby Millbrook, the old paper mill is holding on, but it is under heavy pressure from cheaper imports',
    });
  });

  it("reads a participle after a comma that the parser made the next clause's subject: the speaker before the comma, that clause the content", async () => {
    const found = await proposed('Reyes said on Monday, while insisting the county should cut its own costs first.');
    expect(found).toContainEqual({
      cue: 'insisting',
      frame: 'ccomp',
      source: 'Reyes',
      content: 'the county should cut its own costs first',
    });
    expect(found.filter((c) => c.cue === 'insisting' && c.frame === 'obj')).toEqual([]);
  });

  it("reads the name or description right after ',\" said' as the speaker, not a word of the quotation the parser made the subject", async () => {
    const named = await proposed('"Safety," said Reyes, a bus driver, "safety for every child on the route."');
    expect(named).toContainEqual({ cue: 'said', frame: 'quote', source: 'Reyes', content: 'Safety' });
    const described = await proposed('"Meh," wrote a reader of the county paper.');
    expect(described).toContainEqual({ cue: 'wrote', frame: 'quote', source: 'reader', content: 'Meh' });
  });

  it('reads a gerund the parser left loosely hung right after the cue as what the cue reports', async () => {
    const reported = await proposed('Mr. Lind reported raising $2 million in May.');
    expect(reported).toContainEqual({ cue: 'reported', frame: 'xcomp', source: 'Lind', content: 'raising $2 million in May' });
    const mentioned = await proposed('Senator Alvarez mentioned cutting the state budget.');
    expect(mentioned).toContainEqual({ cue: 'mentioned', frame: 'xcomp', source: 'Alvarez', content: 'cutting the state budget' });
  });

  it("reads a 'why' clause the parser hung after the cue as an adverbial clause as what the cue reports", async () => {
    const found = await proposed('The mayor questioned why the county had waited so long.');
    expect(found).toContainEqual({ cue: 'questioned', frame: 'ccomp', source: 'mayor', content: 'why the county had waited so long' });
  });

  it("reads the rest of a 'while' clause as the cue's content when the parser hung the cue below it", async () => {
    const found = await proposed('While Ms. Okafor says the clinic will reopen in June, the county has no plans for it.');
    expect(found).toContainEqual({ cue: 'says', frame: 'ccomp', source: 'Okafor', content: 'the clinic will reopen in June' });
  });

  it('takes the noun phrase right before a subjectless cue as its speaker when the parser hung it on a phrase before', async () => {
    const found = await proposed(
      "In a statement backing the coach, the university's athletic office said he would stay through the season.",
    );
    expect(found).toContainEqual({ cue: 'said', frame: 'ccomp', source: 'office', content: 'he would stay through the season' });
  });

  it('takes the name right before a cue whose parsed subject is an opening participle ("Asked about S, X said")', async () => {
    const found = await proposed(
      "Asked during a briefing Monday in Ottawa about Ana Reyes's future role, State Department press officer Tom Gale said the diplomat had earned wide respect.",
    );
    expect(found).toContainEqual({ cue: 'said', frame: 'ccomp', source: 'Gale', content: 'the diplomat had earned wide respect' });
  });

  it('takes the name right before the cue, not the bare noun the parser made its subject and the name its apposition', async () => {
    const found = await proposed('Greeting supporters outside the hall on Monday, Tess Huang, 58, said the vote had been stolen.');
    expect(found).toContainEqual({ cue: 'said', frame: 'ccomp', source: 'Huang', content: 'the vote had been stolen' });
  });
  it('reads the quotation opening the sentence as what a closing speech verb reports, not the participle clause after it', async () => {
    const told = await proposed(
      '“I owe the voters an answer,” Ms. Ortiz told the hosts of “Evening Line,” adding that she would decide by spring.',
    );
    expect(told.filter((c) => c.cue === 'told')).toEqual([
      { cue: 'told', frame: 'quote', source: 'Ortiz', content: 'I owe the voters an answer' },
    ]);
    const said = await proposed(
      '"The budget is a mess," the treasurer said, recalling a vote from last year that had emptied the reserve fund.',
    );
    expect(said.filter((c) => c.cue === 'said')).toEqual([
      { cue: 'said', frame: 'quote', source: 'treasurer', content: 'The budget is a mess' },
    ]);
  });

  it('leaves the dateline the parser hung on a clause out of the content', async () => {
    const found = await proposed('PORTLAND, Maine - Voters here, the governor said on Monday, will decide the bond question in June.');
    expect(found).toContainEqual(expect.objectContaining({ cue: 'said', frame: 'parataxis', source: 'governor' }));
    expect(found.filter((c) => c.content.includes('PORTLAND'))).toEqual([]);
  });

  it('takes the clause before "…, said X" as content when the parser hung it on the cue and made the speaker its object', async () => {
    for (const [text, source] of [
      [
        'Even if the agency were shut down next year, several of its duties would be carried out by other state offices or boards, said Okafor, who joined the council in 2010.',
        'Okafor',
      ],
      [
        'Even if the league folded, most of its teams would be taken over by regional clubs or school boards, said Haddad, who coached there for a decade.',
        'Haddad',
      ],
    ]) {
      const found = await proposed(text);
      const said = found.find((c) => c.cue === 'said');
      expect(said).toMatchObject({ frame: 'parataxis', source });
      expect(said!.content).toMatch(/^Even if the .* boards$/);
    }
  });
});
