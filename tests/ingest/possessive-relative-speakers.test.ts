/**
 * "A baker whose shop burned said S" on real CoreNLP parses of sentences written for this test: the parser
 * often makes the possessed noun ("shop") or nothing the cue's subject, and the speaker came out as
 * "whose shop" or no one (sources/possessive-relative-speakers.ts). The one who speaks is the noun before "whose".
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

const speakerOf = async (text: string, content: string) => (await claimantsOf(text, content))?.join(' ');

describe('a speaker described by a "whose" clause', () => {
  it('"A baker whose shop burned said S": the baker speaks, not "whose shop"', async () => {
    const text = 'A baker whose shop burned said the fire started in the alley.';
    expect(await speakerOf(text, 'the fire started in the alley')).toMatch(/^(A )?baker$/);
  });

  it('"A fisherman whose boat sank said S": the fisherman speaks', async () => {
    const text = 'A fisherman whose boat sank said the storm came without warning.';
    expect(await speakerOf(text, 'the storm came without warning')).toMatch(/^(A )?fisherman$/);
  });

  it('"A teacher whose classroom flooded told the Gazette that S": the teacher speaks', async () => {
    const text = 'A teacher whose classroom flooded told the Gazette that the repairs had never begun.';
    expect(await speakerOf(text, 'the repairs had never begun')).toMatch(/^(A )?teacher$/);
  });

  it('a clause the parser read right keeps its speaker ("A pilot whose plane was grounded said S")', async () => {
    const text = 'A pilot whose plane was grounded said the airline had hidden the fault for months.';
    expect(await speakerOf(text, 'the airline had hidden the fault')).toMatch(/^(A )?pilot$/);
  });

  it('"A driver whose brother said S stayed home": the brother speaks, not the driver', async () => {
    const text = 'A driver whose brother said the bridge was unsafe stayed home.';
    expect((await speakerOf(text, 'the bridge')) ?? '').not.toMatch(/driver/);
  });
});
