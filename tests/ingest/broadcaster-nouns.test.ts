/**
 * "told the network" stands for the broadcaster named before it, whichever broadcaster that is
 * (src/ingest/entities/registry.ts `outletNamedBefore`). Real CoreNLP parses of sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a noun standing for the broadcaster named before', () => {
  it('"told the network" after ESPN is ESPN', async () => {
    expect(
      await claimWith(
        'Veteran goalie Nils Bergdahl has asked the Calgary Flames to release him, ESPN reports. His agent, Lena Moritz, told the network her client felt ignored.',
        'ignored',
      ),
    ).toEqual({ claimants: ['Lena Moritz'], via: ['ESPN'] });
  });
});
