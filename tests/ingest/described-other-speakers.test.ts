/**
 * After an interview whose teller is only described ("inspectors", "a guard who would not give his
 * name"), a speaker introduced by another role did not speak through that outlet; one with the teller's
 * role did (src/ingest/annotation/described-other-speakers.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('another role after a described teller', () => {
  it('a titled name and his later sayings do not take the outlet ("Port director Helen Marsh said", "she added")', async () => {
    expect(
      await claimsWithVia(
        'Ship inspectors told the Seattle Times that the ferry\'s hull was cracked. Port director Helen Marsh said the ferry would stay in service. "It is safe," she added.',
      ),
    ).toEqual([
      { claimants: ['Ship inspectors'], via: ['Seattle Times'] },
      { claimants: ['Helen Marsh'], via: [] },
      { claimants: ['Helen Marsh'], via: [] },
    ]);
  });

  it('a teller described by a relative clause, then someone\'s deputy ("The warden\'s deputy said")', async () => {
    expect(
      await claimsWithVia(
        "A guard who would not give his name told the Tampa Bay Times that the gates were left open. The warden's deputy said the report was false.",
      ),
    ).toEqual([
      { claimants: ['guard'], via: ['Tampa Bay Times'] },
      { claimants: ["warden's deputy"], via: [] },
    ]);
  });

  it('a role in apposition to a name ("The county\'s fire marshal, Ruben Ochoa, said")', async () => {
    expect(
      await claimsWithVia(
        "A firefighter told the Arizona Republic that the blaze jumped the highway overnight. The county's fire marshal, Ruben Ochoa, said the cause was still unknown.",
      ),
    ).toEqual([
      { claimants: ['firefighter'], via: ['Arizona Republic'] },
      { claimants: ['Ruben Ochoa'], via: [] },
    ]);
  });

  it('a title before a name ("Sheriff Dwayne Pike said")', async () => {
    expect(
      await claimsWithVia(
        'A lifeguard told the Miami Herald that the shark circled the pier for an hour. Sheriff Dwayne Pike said the beach would reopen Friday.',
      ),
    ).toEqual([
      { claimants: ['lifeguard'], via: ['Miami Herald'] },
      { claimants: ['Dwayne Pike'], via: [] },
    ]);
  });

  it('keeps the outlet for the teller\'s own role ("A State Department official told Politico S1. The official said S2")', async () => {
    expect(
      await claimsWithVia(
        'A State Department official told Politico that the talks had stalled. The official said a new round was unlikely before spring.',
      ),
    ).toEqual([
      { claimants: ['State Department official'], via: ['Politico'] },
      { claimants: ['State Department official'], via: ['Politico'] },
    ]);
  });

  it('keeps the outlet when the described teller is named later in her role ("The climber, Ines Kowalski, said")', async () => {
    expect(
      await claimsWithVia(
        'A stranded climber told the BBC that a storm had trapped her for three days. The climber, Ines Kowalski, said she lived on melted snow.',
      ),
    ).toEqual([
      { claimants: ['stranded climber'], via: ['BBC'] },
      { claimants: ['Ines Kowalski'], via: ['BBC'] },
    ]);
  });
});
