/**
 * Cues and sources the parse hides (headline-verbs.ts, reduced-relatives.ts, participle-agents.ts,
 * stance-nouns.ts, received-stances.ts), on real CoreNLP parses of texts written for this test: the
 * candidate frames.ts proposes, and the claim the pipeline keeps with its claimant.
 */
import { describe, expect, it } from 'vitest';
import { proposedCandidates } from '../support/proposed-candidates.ts';
import { claimantsOf } from '../support/parsed-attributions.ts';

const proposed = proposedCandidates;

describe('headline verbs the parser reads as part of a name', () => {
  it('gives a title-case headline verb the name before it as source and the words after it as content', async () => {
    for (const [text, cue, lemma, source, content] of [
      ['Senator Tom Reyes Blasts Governor Hale Over Stadium Deal.', 'Blasts', 'blast', 'Reyes', 'Governor Hale Over Stadium Deal'],
      ['County Sheriff Dan Cole Slams New Bail Rules.', 'Slams', 'slam', 'Cole', 'New Bail Rules'],
      ['Rita Moreno Denounces Council Vote On Rent Control.', 'Denounces', 'denounce', 'Moreno', 'Council Vote On Rent Control'],
    ]) {
      expect(await proposed(text)).toContainEqual({ cue, lemma, frame: 'obj', source, content });
    }
  });

  it('keeps the headline claim and names the speaker', async () => {
    expect(await claimantsOf('Senator Tom Reyes Blasts Governor Hale Over Stadium Deal.', 'Governor Hale')).toEqual(['Tom Reyes']);
  });

  it('ends the content before a clause of its own and leaves sentence-case text alone', async () => {
    const found = await proposed('Ed Park Rips School Board After Budget Vote Fails.');
    expect(found).toContainEqual({ cue: 'Rips', lemma: 'rip', frame: 'obj', source: 'Park', content: 'School Board' });
    const plain = await proposed('The old boat rips through the waves as Ed Park slams the door.');
    expect(plain.filter((c) => c.frame === 'obj' && /^[A-Z]/.test(c.cue))).toEqual([]);
  });
});

describe('reduced relatives the parser reads as the main clause', () => {
  it('takes the noun a participle describes as the source of the cue the parser hung below that participle', async () => {
    for (const [text, cue, source, content] of [
      ['Figures reported on Friday suggested that the plant will close.', 'suggested', 'Figures', 'that the plant will close'],
      ['Data gathered last spring showed that turnout fell in every ward.', 'showed', 'Data', 'that turnout fell in every ward'],
      ['Records filed on Tuesday showed that the company owed back taxes.', 'showed', 'Records', 'that the company owed back taxes'],
    ]) {
      const found = await proposed(text);
      expect(found).toContainEqual(expect.objectContaining({ cue, frame: 'ccomp', source, content }));
    }
  });

  it('keeps such a claim with its source named', async () => {
    expect(await claimantsOf('Figures reported on Friday suggested that the plant will close.', 'the plant will close')).toEqual([
      'Figures',
    ]);
  });

  it("takes the noun as the source when the parser made its participle the cue's clausal subject", async () => {
    const text = 'A memo obtained by the Tribune warns that the county will run out of money in March.';
    expect(await proposed(text)).toContainEqual(
      expect.objectContaining({ cue: 'warns', frame: 'ccomp', source: 'memo', content: 'that the county will run out of money in March' }),
    );
    expect(await claimantsOf(text, 'the county will run out of money')).toEqual(['A memo']);
  });
});

describe('stance participles with their agent', () => {
  it('reads "the deal, opposed by X," as X opposing the deal', async () => {
    for (const [text, cue, source, content] of [
      ['The stadium deal, opposed by two council members, passed on Tuesday.', 'opposed', 'members', 'The stadium deal'],
      ['The highway plan, endorsed by Governor Hale, will cost two billion dollars.', 'endorsed', 'Hale', 'The highway plan'],
    ]) {
      expect(await proposed(text)).toContainEqual(expect.objectContaining({ cue, frame: 'passive', source, content }));
    }
    expect(await claimantsOf('The stadium deal, opposed by two council members, passed on Tuesday.', 'The stadium deal')).toEqual([
      'two council members',
    ]);
  });

  it('leaves a participle that states no stance alone', async () => {
    const found = await proposed('The report, released by the county on Monday, runs to 90 pages.');
    expect(found.filter((c) => c.frame === 'passive')).toEqual([]);
  });
});

describe("stance nouns as a verb's object", () => {
  it('gives "X voiced support for S" the verb\'s subject as the source of the noun and its phrase as content', async () => {
    for (const [text, cue, source, content] of [
      ['The mayor voiced strong support for the new transit plan.', 'support', 'mayor', 'the new transit plan'],
      ['Two council members raised concerns about the cost of the stadium.', 'concerns', 'members', 'the cost of the stadium'],
      ['The governor expressed doubts about the bridge project.', 'doubts', 'governor', 'the bridge project'],
    ]) {
      expect(await proposed(text)).toContainEqual(expect.objectContaining({ cue, frame: 'noun-of', source, content }));
    }
    expect(await claimantsOf('Two council members raised concerns about the cost of the stadium.', 'the cost of the stadium')).toEqual([
      'Two council members',
    ]);
  });

  it('leaves the subject of a verb that receives the stance alone ("faced criticism over S")', async () => {
    const found = await proposed('The mayor faced sharp criticism over the stadium deal.');
    expect(found.filter((c) => c.frame === 'noun-of')).toEqual([]);
  });

  it('reads a received stance as given by its "from"/"of" phrase, on the verb\'s subject (received-stances.ts)', async () => {
    for (const [text, cue, source, content] of [
      ['The harbor plan drew sharp criticism from the city council.', 'criticism', 'council', 'The harbor plan'],
      ['Mayor Ruth Alvarez has the backing of most dock workers.', 'backing', 'workers', 'Mayor Ruth Alvarez'],
    ]) {
      expect(await proposed(text)).toContainEqual(expect.objectContaining({ cue, frame: 'passive', source, content }));
    }
    expect(await claimantsOf('The harbor plan drew sharp criticism from the city council.', 'The harbor plan')).toEqual([
      'the city council',
    ]);
  });

  it('reads "her support among Y" as given by Y, on the possessor (received-stances.ts)', async () => {
    const text = 'Mayor Ruth Alvarez spoke at the harbor. Her support among dock workers has grown since May.';
    expect(await proposed(text)).toContainEqual(
      expect.objectContaining({ cue: 'support', frame: 'passive', source: 'workers', content: 'Her' }),
    );
    expect(await claimantsOf(text, 'Her')).toEqual(['dock workers']);
  });

  it('leaves a stance only hoped for alone ("will need the support of")', async () => {
    const found = await proposed('Mayor Ruth Alvarez will need the support of most dock workers.');
    expect(found.filter((c) => c.frame === 'passive')).toEqual([]);
  });
});

describe('feeling verbs in the passive', () => {
  it('gives "X are worried that S" its passive subject as the source, who holds the feeling', async () => {
    for (const [text, cue, frame, source, content] of [
      [
        'Several council members are worried that the new stadium will raise property taxes.',
        'worried',
        'ccomp',
        'members',
        'that the new stadium will raise property taxes',
      ],
      ['Most parents are convinced that the school day is too short.', 'convinced', 'ccomp', 'parents', 'that the school day is too short'],
      ['Local farmers were divided over the water rights proposal.', 'divided', 'obl', 'farmers', 'the water rights proposal'],
    ]) {
      expect(await proposed(text)).toContainEqual(expect.objectContaining({ cue, frame, source, content }));
    }
    expect(
      await claimantsOf(
        'Several council members are worried that the new stadium will raise property taxes.',
        'the new stadium will raise',
      ),
    ).toEqual(['Several council members']);
  });

  it("leaves the passive subject of other verbs alone ('X was approved')", async () => {
    const found = await proposed('The new library was approved over the objections of neighbors.');
    expect(found.filter((c) => c.source === 'library')).toEqual([]);
  });
});

describe('quantity nouns as sources', () => {
  it('keeps "a handful of X said S" when X can speak, and names the whole phrase', async () => {
    for (const [text, content, claimant] of [
      ['A handful of council members said the budget was too small.', 'the budget was too small', 'A handful of council members'],
      ['Dozens of local shop owners criticized the new parking rules.', 'the new parking rules', 'Dozens of local shop owners'],
      [
        'Majorities of voters in both towns say that the new bridge costs too much.',
        'the new bridge costs too much',
        'Majorities of voters in both towns',
      ],
    ]) {
      expect(await claimantsOf(text, content)).toEqual([claimant]);
    }
  });

  it('leaves a quantity of things that cannot speak alone', async () => {
    expect(await claimantsOf('A handful of rocks suggested that the river had moved.', 'the river had moved')).toBeUndefined();
  });
});

describe('a view fronted with "To X,"', () => {
  it('reads "To X, S" as X\'s view of S, like "according to X"', async () => {
    for (const [text, source, content] of [
      ['To Maria Lopez, the new stadium is a waste of public money.', 'Lopez', 'the new stadium is a waste of public money'],
      ['But to many, the mayor is a hero.', 'many', 'the mayor is a hero'],
    ]) {
      expect(await proposed(text)).toContainEqual(expect.objectContaining({ frame: 'according', source, content }));
    }
    expect(await claimantsOf('To Maria Lopez, the new stadium is a waste of public money.', 'the new stadium')).toEqual(['Maria Lopez']);
  });

  it('leaves a fronted place or direction alone', async () => {
    for (const text of ['To the north, the river floods every spring.', 'To Iowa, the candidates returned on Monday.'])
      expect((await proposed(text)).filter((c) => c.frame === 'according')).toEqual([]);
  });
});

describe('"X seems to be S", "X looked tired": how X strikes the writer', () => {
  it('keeps no claim from "seems to be", with a copula, a progressive or a passive under it', async () => {
    for (const [text, content] of [
      ['Governor Hale seemed to be losing patience with the council.', 'losing patience'],
      ['The coach seemed to be angry with the referees after the game.', 'angry with the referees'],
      ['The senator seems to be worried about the vote.', 'worried about the vote'],
    ]) {
      expect(await claimantsOf(text, content)).toBeUndefined();
    }
  });

  it('keeps no claim from "X looked / sounded" with an adjective', async () => {
    for (const [text, content] of [
      ['The senator sounded less friendly toward the plan.', 'less friendly'],
      ['Governor Hale looked thinner than he did last winter.', 'thinner than he did'],
      ['Mayor Ortiz looked nervous about the vote.', 'nervous about the vote'],
    ]) {
      expect(await claimantsOf(text, content)).toBeUndefined();
    }
    expect(await claimantsOf('The agency looks to finish its review by June.', 'to finish its review')).toEqual(['The agency']);
  });

  it('still reads "X seemed to V" with a verb of its own as X\'s', async () => {
    expect(await claimantsOf('Mayor Ortiz seemed to blame the council for the delay.', 'the council for the delay')).toEqual(['Ortiz']);
  });
});

describe('predicate adjectives of attitude with a "to" clause (attitude-adjectives.ts)', () => {
  it('reads "X was eager to S" as X\'s stance and keeps it with X as claimant', async () => {
    const found = await proposed('The county board was eager to approve the new stadium lease before the summer recess.');
    expect(found).toContainEqual(
      expect.objectContaining({
        cue: 'eager',
        frame: 'xcomp',
        source: 'board',
        content: 'to approve the new stadium lease before the summer recess',
      }),
    );
    expect(
      await claimantsOf(
        'The county board was eager to approve the new stadium lease before the summer recess.',
        'approve the new stadium lease',
      ),
    ).toEqual(['The county board']);
  });

  it('leaves an adjective of likelihood or ability alone ("X is likely to S")', async () => {
    const found = await proposed('The mayor is likely to sign the zoning bill next week.');
    expect(found.filter((c) => c.cue === 'likely')).toEqual([]);
  });

  it('leaves a forecast or a degree alone ("X is the favorite to S", "X is big enough to S")', async () => {
    const favorite = await proposed('The senator is the favorite to win the primary.');
    expect(favorite.filter((c) => c.cue === 'favorite')).toEqual([]);
    const enough = await proposed('Few small firms are big enough to buy the network outright.');
    expect(enough.filter((c) => c.cue === 'enough')).toEqual([]);
  });
});

describe("a cue the parser made the reported clause's subject", () => {
  it('reads "X said there were N" (said <-csubj- the predicate) as X saying that clause', async () => {
    const text = 'The county clerk, Maria Okafor, said there were nine bids for the old mill.';
    expect(await proposed(text)).toContainEqual(
      expect.objectContaining({ cue: 'said', frame: 'ccomp', source: 'clerk', content: 'there were nine bids for the old mill' }),
    );
    expect(await claimantsOf(text, 'nine bids for the old mill')).toEqual(['Maria Okafor']);
  });
});
