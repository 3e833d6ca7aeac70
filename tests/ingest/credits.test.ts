/**
 * An outlet's credit read off the words (src/ingest/attribution/credits/credits.ts), on real CoreNLP parses
 * of short texts written for these tests in the style of Newser's summaries.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

async function claims(text: string): Promise<Array<{ claimants: string[]; via: string[]; evidence: string }>> {
  return (await namedClaims(text)).map(({ claimants, via, evidence }) => ({ claimants, via, evidence }));
}

describe("an outlet's credit", () => {
  it('opening a relative clause ("…, which the Guardian reports was …") is the outlet\'s claim, and ends the claim before it', async () => {
    const list = await claims('The mayor said the water supply is safe, which the Guardian reports was confirmed by two labs.');
    expect(list).toEqual([
      { claimants: ['mayor'], via: [], evidence: 'The mayor said the water supply is safe' },
      { claimants: ['The Guardian'], via: [], evidence: 'Guardian reports was confirmed by two labs' },
    ]);
  });

  it('before a dash ("…, notes CNN—S, one official said") is the outlet\'s claim, and the via of the claim after the dash', async () => {
    const list = await claims(
      'Troops are moving armored vehicles to the border, notes CNN—between 1,500 and 2,000 are already there, one official said.',
    );
    expect(list).toEqual([
      { claimants: ['CNN'], via: [], evidence: 'Troops are moving armored vehicles to the border, notes CNN' },
      { claimants: ['one official'], via: ['CNN'], evidence: 'between 1,500 and 2,000 are already there, one official said' },
    ]);
  });

  it('carries a speaker\'s clause closing the claim before it ("S, rebels fear, the Washington Post reports"): the speaker claims, the outlet is the via', async () => {
    const list = await claims('Hundreds more could be held in secret prisons, rebels fear, the Washington Post reports.');
    expect(list).toEqual([
      { claimants: ['rebels'], via: ['The Washington Post'], evidence: 'Hundreds more could be held in secret prisons, rebels fear' },
    ]);
  });

  it('citing someone ("S, Reuters reported, citing an unnamed EU official") makes the cited one the claimant and the outlet the via', async () => {
    expect(await claims('The sanctions will be delayed until June, Reuters reported, citing an unnamed EU official.')).toMatchObject([
      { claimants: ['unnamed EU official'], via: ['Reuters'] },
    ]);
    expect(
      await claims('Citing two diplomats familiar with the talks, Bloomberg reported that the summit had been called off.'),
    ).toMatchObject([{ claimants: ['two diplomats familiar with the talks'], via: ['Bloomberg'] }]);
  });

  it('with its day before whom it cites ("S, the Financial Times reported on Tuesday, citing two people familiar with the plan") is the cited one\'s claim via the outlet', async () => {
    expect(
      await claims('The bank will cut 4,000 jobs, the Financial Times reported on Tuesday, citing two people familiar with the plan.'),
    ).toMatchObject([{ claimants: ['two people familiar with the plan'], via: ['Financial Times'] }]);
  });

  it('citing a document ("citing a report by …") leaves the outlet the claimant', async () => {
    const list = await claims('The bank will cut 4,000 jobs, Bloomberg reported, citing a report by a trade magazine.');
    expect(list.every((c) => c.claimants.includes('Bloomberg') && c.via.length === 0)).toBe(true);
  });

  it('an office\'s readout ("Putin told Macron that S, the Kremlin said") is the via of what the person said, and no claim of its own', async () => {
    expect(
      await claims('Putin and Macron spoke by phone on Monday. Putin told Macron that the talks had stalled, the Kremlin said.'),
    ).toEqual([{ claimants: ['Putin'], via: ['Kremlin'], evidence: 'Putin told Macron that the talks had stalled' }]);
    expect(await claims('The White House said Biden warned Xi that any attack on Taiwan would be met with force.')).toMatchObject([
      { claimants: ['Biden'], via: ['White House'] },
    ]);
  });

  it('an office\'s readout closing a sentence the parser misreads ("Putin stressed that S, the Kremlin said": "Kyiv, the Kremlin" as one subject) is the via', async () => {
    expect(await claims('Putin stressed that the West must stop arming Kyiv, the Kremlin said.')).toEqual([
      { claimants: ['Putin'], via: ['Kremlin'], evidence: 'Putin stressed that the West must stop arming Kyiv' },
    ]);
  });

  it('carries a speaker\'s clause joined by a dash that the parser leaves without a subject ("X reports that S1—and investigators suspect S2"), and keeps S1 the outlet\'s', async () => {
    expect(
      await claims(
        "The Guardian reports that the toxin can be made by mixing two powders—and investigators suspect the two men put the powders in the victim's drink, one after the other, to avoid detection.",
      ),
    ).toEqual([
      { claimants: ['The Guardian'], via: [], evidence: 'The Guardian reports that the toxin can be made by mixing two powders' },
      {
        claimants: ['investigators'],
        via: ['The Guardian'],
        evidence: "investigators suspect the two men put the powders in the victim's drink, one after the other, to avoid detection",
      },
    ]);
  });

  it('an office\'s readout closing with its way of speaking ("S, the Kremlin said in a readout of the call") is the via', async () => {
    expect(await claims('Putin stressed that the West must stop arming Kyiv, the Kremlin said in a readout of the call.')).toEqual([
      { claimants: ['Putin'], via: ['Kremlin'], evidence: 'Putin stressed that the West must stop arming Kyiv' },
    ]);
  });

  it('an office\'s readout named after it ("according to a Kremlin readout", "a White House statement") is the office: its own claim, and the via of what a person said', async () => {
    expect(
      await claims(
        'Putin and Macron spoke by phone on Monday, according to a Kremlin readout. Putin stressed that the West must stop arming Kyiv, the Kremlin said.',
      ),
    ).toMatchObject([
      { claimants: ['Kremlin'], via: [] },
      { claimants: ['Putin'], via: ['Kremlin'] },
    ]);
    expect(
      await claims('Biden warned Xi that any attack on Taiwan would be met with force, according to a White House statement.'),
    ).toMatchObject([{ claimants: ['Biden'], via: ['White House'] }]);
  });

  it('closing a sentence whose only other "speaker" names nobody and reports nothing ("Many remain missing …, notes the Guardian") is the outlet\'s claim', async () => {
    expect(
      await claims('Many remain missing after the flood, part of a growing list of people whose fate is unknown, notes the Guardian.'),
    ).toMatchObject([{ claimants: ['The Guardian'], via: [] }]);
  });

  it('an office speaking for itself ("The Kremlin said S. It added …") keeps its claims', async () => {
    expect(await claims('The Kremlin said the talks had stalled. It added that Putin would not travel to Paris.')).toMatchObject([
      { claimants: ['Kremlin'], via: [] },
      { claimants: ['Kremlin'], via: [] },
    ]);
  });

  it('"X told Reuters S" without "that" (the parser makes the telling a subject of S) is X\'s claim via the outlet', async () => {
    expect(await claims('The minister told Reuters the talks had failed.')).toEqual([
      { claimants: ['minister'], via: ['Reuters'], evidence: 'The minister told Reuters the talks had failed' },
    ]);
    expect(await claims('Defense Minister Anna Berg told Reuters the talks had failed.')).toMatchObject([
      { claimants: ['Anna Berg'], via: ['Reuters'] },
    ]);
  });

  it('an outlet\'s report named after it ("according to a Reuters report", "a CNN report says") carries the claims as the outlet', async () => {
    expect(await claims('The general said the troops would withdraw by May, according to a Reuters report.')).toMatchObject([
      { claimants: ['general'], via: ['Reuters'] },
    ]);
    expect(await claims('Officials believe the virus came from a lab, a CNN report says.')).toMatchObject([
      { claimants: ['Officials'], via: ['CNN'] },
    ]);
    expect(await claims('The virus came from a lab, according to a New York Times investigation.')).toMatchObject([
      { claimants: ['The New York Times'], via: [] },
    ]);
  });

  it('names the broadcasters and papers NER cannot tell from other organizations ("told MSNBC", "told CNBC", "told Univision")', async () => {
    expect(await claims('The senator told MSNBC that the bill would pass.')).toEqual([
      { claimants: ['senator'], via: ['MSNBC'], evidence: 'The senator told MSNBC that the bill would pass' },
    ]);
    expect((await claims('The minister told CNBC that rates would rise.'))[0]?.via).toEqual(['CNBC']);
    expect((await claims('The mayor told Univision that the water was safe.'))[0]?.via).toEqual(['Univision']);
  });

  it('is the outlet a work is "in" or "by" ("according to a report in the Washington Post", "a story in the Wall Street Journal")', async () => {
    expect(await claims('The virus came from a lab, according to a report in the Washington Post.')).toMatchObject([
      { claimants: ['The Washington Post'], via: [] },
    ]);
    expect(await claims('The bank will close 40 branches, according to a story in the Wall Street Journal.')).toMatchObject([
      { claimants: ['The Wall Street Journal'], via: [] },
    ]);
  });

  it('ends the claim it carries before the outlet when the parser takes the outlet into the claim ("…in Ecuador, Smithsonian Magazine reports")', async () => {
    const list = await claims(
      'Scientists say a long-lost species of frog has turned up in the mountains of Ecuador, Smithsonian Magazine reports.',
    );
    expect(list).toEqual([
      {
        claimants: ['Scientists'],
        via: ['Smithsonian Magazine'],
        evidence: 'Scientists say a long-lost species of frog has turned up in the mountains of Ecuador',
      },
    ]);
  });
});

describe('a closing "per" credit', () => {
  it('with no other cue ("S, though, per NBC News.") is the outlet\'s claim, as "according to" is; a speaker\'s "per" stays the speaker\'s, via the outlet', async () => {
    const list = await claims(
      'The town has had no clean water for a week, though, per NBC News. The governor said the water was safe, per the AP. ' +
        'The fire started in the kitchen, per Smith.',
    );
    expect(list).toEqual([
      { claimants: ['NBC News'], via: [], evidence: 'The town has had no clean water for a week, though, per NBC News' },
      { claimants: ['governor'], via: ['Associated Press'], evidence: expect.stringContaining('The governor said the water was safe') },
    ]);
  });

  it('after a speaker\'s closing clause ("S, the warden said, per the AP") is only the via: no claim of the outlet\'s own', async () => {
    expect(await claims('The prison will close by autumn, the warden said, per the AP.')).toEqual([
      { claimants: ['warden'], via: ['Associated Press'], evidence: 'The prison will close by autumn, the warden said' },
    ]);
  });
});

describe("a speaker's closing clause", () => {
  it('telling someone ("S, a spokeswoman told the paper") is the speaker\'s claim, via the paper named before', async () => {
    const list = await claims(
      'A freight train derailed near the town late Sunday, the Columbus Dispatch reports.\n\nNo one was hurt, a railroad spokeswoman told the paper.',
    );
    expect(list.at(-1)).toEqual({
      claimants: ['railroad spokeswoman'],
      via: ['Columbus Dispatch'],
      evidence: 'No one was hurt, a railroad spokeswoman told',
    });
  });

  it('told "the paper" after a broadcaster names no outlet, and "the network" the broadcaster rather than a paper named after it', async () => {
    const list = await claims(
      'In an interview with CBS, the coach said the team had lost its way.\n\nNo one was hurt, a team spokeswoman told the paper.\n\n' +
        'The Boston Globe first reported the trade on Monday. One farmer tells the network he has kept his cattle away from the water.',
    );
    expect(list.find((c) => c.claimants.includes('team spokeswoman'))?.via).toEqual([]);
    expect(list.find((c) => c.claimants.includes('One farmer'))?.via).toEqual(['CBS News']);
  });
});

describe('a definite description as a source', () => {
  it('is not a longer name whose phrase only mentions its noun ("The mayor" after "a former aide to the mayor")', async () => {
    const list = await claims(
      'A former aide to the mayor says he steered city contracts to a friend.\n\nThe mayor denied the accusation on Thursday.',
    );
    expect(list.at(-1)?.claimants).toEqual(['mayor']);
  });

  it('an "according to" in parentheses holds only what they enclose, not the speaker\'s verb before them', async () => {
    const list = await claims(
      'Okafor, for her part, cites her local supporters as the basis for several of her claims, such as her boast that crime fell by half (the real drop was nearer 5 percent, according to a study by two local economists).',
    );
    expect(list.map((c) => c.claimants[0])).toContain('Okafor');
  });
});
