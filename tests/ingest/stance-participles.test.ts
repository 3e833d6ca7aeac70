/**
 * A participle of taking sides or of attention, in the passive with no agent, speaks for its passive
 * subject ("X is opposed to S", "X was focused on S"): src/ingest/attribution/frames/experiencer-subjects.ts,
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a passive participle of stance or attention', () => {
  it("names its passive subject ('X was still focused on S')", async () => {
    const text = 'Mayor Lionel Ebert was still focused on the bridge.';
    expect(await claimantsOf(text, 'the bridge')).toEqual(['Lionel Ebert']);
  });

  it("names its passive subject ('most of X's speech was devoted to S')", async () => {
    const text =
      'More than half of the senator’s speech in Tulsa was devoted to attacking the governor’s tax plan and his record on schools.';
    expect(await claimantsOf(text, 'the governor’s tax plan')).toEqual(['More than half of the senator’s speech in Tulsa']);
  });
});
