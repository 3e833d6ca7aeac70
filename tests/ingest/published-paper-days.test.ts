/**
 * A written paper's publication is its saying: "A study published Thursday by X found S", "said in a
 * study published Wednesday", "In an op-ed published Sunday, X argued S", "according to a poll released
 * Friday" (src/ingest/annotation/published-papers.ts; studies, surveys, polls, papers and analyses join
 * the occasions of said-on.ts). An interview published Sunday was said before it was published, and a
 * poll conducted Thursday told its findings after: neither dates the saying. Real CoreNLP parses of
 * sentences written for these tests, posted on a Monday.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { POSTED_ON_A_MONDAY, saidOnDates } from '../support/said-on-dates.ts';

describe('a paper published on a day dates what it says', () => {
  it('"A study published Thursday by X found S"', async () => {
    expect(
      await saidOnDates(
        'A study published Thursday by the Urban Institute found that one in five renters spends half of their income on housing.',
      ),
    ).toEqual(['2023-03-02']);
  });

  it('"X said in a study published Wednesday"', async () => {
    expect(
      await saidOnDates(
        'Nearly a third of nurses plan to quit within two years, researchers at Duke University said in a study published Wednesday.',
      ),
    ).toEqual(['2023-03-01']);
  });

  it('"In an op-ed published Sunday in the Herald, X argued S"', async () => {
    expect(
      await saidOnDates(
        'In an op-ed published Sunday in the Miami Herald, state Rep. Carla Benitez argued that the bill would close rural clinics.',
      ),
    ).toEqual(['2023-03-05']);
  });

  it('"according to a poll released Friday by X"', async () => {
    expect(
      await saidOnDates('According to a poll released Friday by Monmouth University, 58% of voters oppose the toll increase.'),
    ).toEqual(['2023-03-03']);
  });
});

describe('a publication or fieldwork that is not the saying dates nothing', () => {
  it('"said in an interview published Sunday": the words were said before', async () => {
    const claims = await namedClaims(
      'Schools chief Dana Oyelaran said in an interview published Sunday by Chalkbeat that the district would hire 400 teachers.',
      POSTED_ON_A_MONDAY,
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.saidOn).toBeUndefined();
  });

  it('"In a poll conducted on Thursday, S": the findings were told later', async () => {
    const claims = await namedClaims(
      'In a Gallup poll conducted on Thursday, 61% of Americans said the economy is getting worse.',
      POSTED_ON_A_MONDAY,
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.saidOn)).toEqual(claims.map(() => undefined));
  });

  it('"S, researchers said in a report published Monday": the parser hangs the participle on the cue', async () => {
    expect(
      await saidOnDates(
        'Heat waves in the South now last twice as long as they did in the 1960s, researchers at Pell College said in a report published Monday.',
      ),
    ).toEqual(['2023-03-06']);
    // an interview "published" on a day was given before it, and stays undated
    expect(await saidOnDates('The mayor is a fraud, her rival said in an interview published Monday.')).toEqual([undefined]);
  });
});
