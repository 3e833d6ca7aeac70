/**
 * A name does not run across a line break (src/ingest/entities/line-broken-names.ts): a title-case
 * headline with no full stop runs into the next line's name, and the speaker is the name on the line
 * of its verb, not a group named by the headline's words. Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function annotate(text: string): Promise<Annotation> {
  return parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
}

function claimantsOf(a: Annotation, words: string): string[] {
  const claim = a.claims.find((c) => c.evidence.text.includes(words));
  return (claim?.claimants ?? []).map((id) => a.entities.find((e) => e.id === id)!.name);
}

describe('names across a line break', () => {
  it("a headline run into the speaker's line is not the speaker", async () => {
    const a = await annotate(
      'Live Updates: The Senate Debate\n\n' +
        'Harlan Quist Says He Would Ban Drones Over Stadiums\n' +
        'Harlan Quist said on Tuesday that he would ban drones over every stadium in the state. "They are a menace," Quist said.\n',
    );
    expect(claimantsOf(a, 'over every stadium')).toEqual(['Harlan Quist']);
    expect(a.entities.filter((e) => e.name.includes('\n'))).toEqual([]);
  });

  it('no entity keeps a headline run into its name as an alias', async () => {
    const a = await annotate(
      'Council Live: Budget Night In Carvella\n\n' +
        'Teodor Vance Defends The Bus Plan\n' +
        'Teodor Vance argued that the new bus routes would pay for themselves by 2030.\n',
    );
    expect(claimantsOf(a, 'pay for themselves')).toEqual(['Teodor Vance']);
    expect(a.entities.flatMap((e) => [e.name, ...e.aliases]).filter((n) => n.includes('\n'))).toEqual([]);
  });
});
