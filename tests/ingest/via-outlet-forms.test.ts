/**
 * The via outlet in more of the forms news summaries use, on real CoreNLP parses of sentences written
 * for these tests: a paper named by two media words joined by "and" (nlp/and-joined-mastheads.ts), a
 * work an outlet obtained opening the claim's sentence (annotation/obtained-works.ts), an "as first
 * reported by" credit that covers its own sentence only (annotation/scoop-credits.ts), and "per a
 * Reuters report" (attribution/credits/per-reports.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimWith, claimsWithVia } from '../support/named-claims.ts';

describe("the via outlet in news summaries' forms", () => {
  it('"the News and Observer reports … told the paper": one outlet, the via of the claim told to it', async () => {
    const text =
      'Raleigh will build a new transit hub downtown, the News and Observer reports. "This is the biggest project in a generation," council member Ana Ruiz told the paper.';
    expect(await claimWith(text, 'biggest project')).toEqual({ claimants: ['Ana Ruiz'], via: ['News and Observer'] });
  });

  it('"the Journal and Courier reported that S": the paper is one claimant, not two', async () => {
    const claims = await claimsWithVia('The Journal and Courier reported that the county would close two bridges for repairs.');
    expect(claims).toEqual([{ claimants: ['Journal and Courier'], via: [] }]);
  });

  it('"The Times and the Post both reported S": two papers stay two', async () => {
    const claims = await claimsWithVia('The Times and the Post both reported that the senator would resign.');
    expect(claims).toHaveLength(1);
    expect(claims[0].claimants).toHaveLength(2);
  });

  it('"In a letter obtained by ABC News, a deputy warden warned S": the outlet that obtained the work is the via', async () => {
    const claim = await claimWith(
      'In a letter obtained by ABC News, a deputy warden warned guards that inmates who riot will be moved.',
      'warned guards',
    );
    expect(claim?.via).toEqual(['ABC News']);
  });

  it('"In a letter to the editor, X said S": a work no outlet obtained gives no via', async () => {
    const claim = await claimWith('In a letter to the editor, the minister said the border would close next week.', 'border');
    expect(claim?.via).toEqual([]);
  });

  it('"S2, as first reported by Axios": the scoop credit does not reach back over the claim told to reporters', async () => {
    const text =
      'Rep. Tom Keller told reporters at a rally that the tax plan was dead. Keller has quietly asked donors to back a primary challenger, as first reported by Axios.';
    expect(await claimWith(text, 'tax plan was dead')).toEqual({ claimants: ['Tom Keller'], via: [] });
  });

  it('"S1. S2, the Gazette reports.": a closing credit still reaches back', async () => {
    const text =
      'Mayor Lena Ortiz said the pool would reopen in June. She said the city had hired six new lifeguards, the Gazette reports.';
    expect(await claimWith(text, 'pool would reopen')).toEqual({ claimants: ['Lena Ortiz'], via: ['Gazette'] });
  });

  it('"S, per a Bloomberg report": the outlet\'s claim, as with "per Bloomberg"', async () => {
    const claims = await claimsWithVia('Harbor Freight Lines is exploring a sale of its trucking unit, per a Bloomberg report.');
    expect(claims).toEqual([{ claimants: ['Bloomberg'], via: [] }]);
  });
});
