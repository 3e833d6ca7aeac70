/**
 * Outlets named in shapes the plain rules missed, on real CoreNLP parses of texts written for this test:
 * a short second mention of a hyphenated or common-word masthead ("the Statesman", "the Star", "the
 * Journal-Constitution"), "the public broadcaster ABC" in an Australian story, "per the news site X" over
 * an act, a closing "the Tribune found", a call sign after "speaking to", and "Its" after an outlet's credit.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { claimWith } from '../support/named-claims.ts';

async function entityNames(text: string): Promise<string[]> {
  const extraction = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return parseAnnotation(extraction.annotation, 'test text').entities.map((e) => e.name);
}

describe('outlets named in shapes the plain rules miss', () => {
  it('"told the Statesman" is the Austin American-Statesman named before', async () => {
    const text =
      'Travis County will open two more cooling centers this week, the Austin American-Statesman reports. ' +
      '"Nobody should sleep outside in this heat," county judge Rosa Linares told the Statesman.';
    const claim = await claimWith(text, 'Nobody should sleep outside');
    expect(claim?.via).toEqual(['Austin American-Statesman']);
  });

  it('"the Star" after the Kansas City Star is no outlet of its own', async () => {
    const text =
      'The zoo lost two penguins to a heat wave, the Kansas City Star reports. "They were old birds," a keeper, Tom Avery, told the Star.';
    const names = await entityNames(text);
    expect(names).toContain('Kansas City Star');
    expect(names.filter((n) => /^(the )?Star$/i.test(n))).toEqual([]);
  });

  it('"the Journal-Constitution" is the Atlanta paper, not the Wall Street Journal', async () => {
    const text =
      'The county will replace 400 voting machines, the Atlanta Journal-Constitution reports. ' +
      'Election director Mae Tolbert told the Journal-Constitution that the old machines had failed twice.';
    const claim = await claimWith(text, 'the old machines had failed');
    expect(claim?.via).toEqual(['Atlanta Journal-Constitution']);
    expect(await entityNames(text)).not.toContain('The Wall Street Journal');
  });

  it('"the public broadcaster ABC" in an Australian story is not the US network', async () => {
    const text =
      'Brisbane will ban e-scooters from its riverside paths, the public broadcaster ABC reports. ' +
      'Councillor Jo Harte told the ABC that three riders had been badly hurt this year.';
    const claim = await claimWith(text, 'three riders had been badly hurt');
    expect(claim?.via).toEqual(['Australian Broadcasting Corporation']);
  });

  it('an act credited "per the news site X" is the outlet\'s own report, not the actors\' claim', async () => {
    const text = 'Per the news site Crikey, two councils in Perth are drafting bans on leaf blowers.';
    const claim = await claimWith(text, 'drafting bans on leaf blowers');
    expect(claim?.claimants).toEqual(['Crikey']);
  });

  it('"S, the Chicago Tribune found" is the paper\'s finding', async () => {
    const text = 'Nearly a third of the city’s speed cameras issued no tickets last year, the Chicago Tribune found.';
    const claim = await claimWith(text, 'speed cameras issued no tickets');
    expect(claim?.claimants).toEqual(['Chicago Tribune']);
  });

  it('a call sign after "speaking to" is the station the speaker spoke to', async () => {
    const text = 'Sheriff Dale Brandt, speaking to WDAF-TV on Monday, said the deputies had acted within policy.';
    const claim = await claimWith(text, 'the deputies had acted within policy');
    expect(claim?.via).toEqual(['WDAF-TV']);
  });

  it('"Its" after an outlet\'s closing credit is not the outlet', async () => {
    const text =
      'The airline canceled 300 flights over the weekend, the Tampa Bay Times reports. Its pilots told the paper that crews were exhausted.';
    const claim = await claimWith(text, 'crews were exhausted');
    expect(claim?.claimants.join(' ') ?? '').not.toMatch(/Times/);
  });
});
