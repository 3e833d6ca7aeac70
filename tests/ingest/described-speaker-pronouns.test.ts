/**
 * "A spokesman for the county fire department called the damage "extensive." "S," he said.": where
 * no name fits a "he" or "she", the speaker of the sentence before, described by a person's noun, speaks
 * again (src/ingest/attribution/sources/described-speakers.ts), on real CoreNLP parses of texts written
 * for this test; a name after the description, or a pronoun of the other gender, keeps it from speaking.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a pronoun after a described speaker', () => {
  it('"he said" after "A spokesman for the county fire department called …" is the spokesman', async () => {
    const text =
      'Firefighters worked through the night to contain the blaze. A spokesman for the county fire department called the damage "extensive." "We lost three barns and a farmhouse," he said.';
    const [claimant] = (await claimantsOf(text, 'We lost three barns')) ?? [];
    expect(claimant).toMatch(/^(A )?spokesman for the county fire department$/);
  });

  it('"he said" after "A reporter for a wire agency called it …" is the reporter', async () => {
    const text =
      'Police asked people to stay away from the harbor. A reporter for Agence France-Presse called the scene "absolute chaos." "We saw people running and cars burning," he said.';
    const [claimant] = (await claimantsOf(text, 'We saw people running')) ?? [];
    expect(claimant).toMatch(/^(A )?reporter for Agence France-Presse$/);
  });

  it('a name after the description is who "she" is', async () => {
    const text =
      'A witness to the crash said the truck never slowed down. Mayor Ellen Park visited the site later. "This is a tragedy for our town," she said.';
    const [claimant] = (await claimantsOf(text, 'This is a tragedy')) ?? [];
    expect(claimant).toBe('Ellen Park');
  });

  it('a spokeswoman is not who "he" is', async () => {
    const text = 'A spokeswoman for the airline called the delay regrettable. "We are sorry for the trouble," he said.';
    expect(await claimantsOf(text, 'We are sorry')).toBeUndefined();
  });
});
