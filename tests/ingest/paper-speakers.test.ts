/**
 * A paper, a recording or a journal is not the speaker when the text names who spoke or wrote: the
 * outlet that obtained a transcript or a recording carries its speaker's claim
 * (src/ingest/attribution/credits/handled-paper-credits.ts), a journal named beside its noun only
 * says where a study came out (sources/governing-speaker.ts, sources/published-in-journals.ts), a memo or letter sent from someone is
 * the sender's (sources/document-senders.ts), and a body's name the parse cut short is still its name
 * (sources/sources.ts). On real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';
import { claimWith } from '../support/named-claims.ts';

describe('papers made speakers instead of the people who spoke', () => {
  it('"X told members S, according to a recording obtained by Reuters" is X\'s claim through Reuters', async () => {
    const text =
      'Pilots union president Rosa Marin told members on Sunday that the airline had made "an insulting offer," according to a recording obtained by Reuters.';
    expect(await claimWith(text, 'insulting offer')).toEqual({ claimants: ['Rosa Marin'], via: ['Reuters'] });
  });

  it('"X said S, according to a transcript obtained by the Guardian" is X\'s claim through the Guardian', async () => {
    const text =
      'Brantley Foods chairman Oliver Haines said the factory in Dundee would close next spring, according to a transcript obtained by the Guardian.';
    const claim = await claimWith(text, 'factory in Dundee');
    expect(claim?.claimants).toEqual(['Oliver Haines']);
    expect(claim?.via.join()).toMatch(/Guardian/);
  });

  it('papers an outlet reviewed keep a claim no one inside them makes', async () => {
    const text = 'Inspectors ignored cracks in the dam for six years, according to documents reviewed by the Washington Post.';
    const claim = await claimWith(text, 'cracks in the dam');
    expect(claim?.claimants.join()).toMatch(/documents/);
  });

  it('"a study published in the journal Nature found S" is the study\'s finding, not the journal\'s', async () => {
    const text = 'A study published Friday in the journal Nature found that honeybees can tell four dots from three.';
    const [claimant] = (await claimantsOf(text, 'honeybees can tell')) ?? [];
    expect(claimant).toMatch(/study/i);
    expect(claimant).not.toMatch(/Nature/);
  });

  it('"a memo from a Treasury lawyer warned S" is the lawyer\'s warning', async () => {
    const text = 'A 2019 memo from a Treasury lawyer warned that the loan program broke federal law.';
    const [claimant] = (await claimantsOf(text, 'the loan program broke')) ?? [];
    expect(claimant).toMatch(/lawyer$/);
    expect(claimant).not.toMatch(/memo/);
  });

  it('"The union Teamsters Local 120 said S" is the union named in full', async () => {
    const text = 'The union Teamsters Local 120 said its drivers would walk out on Monday.';
    expect(await claimantsOf(text, 'its drivers would walk out')).toEqual(['Teamsters Local 120']);
  });
});
