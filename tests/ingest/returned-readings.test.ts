/**
 * A reading pushed out by an outer one that then gives way to a swallowed speaker comes back
 * (src/ingest/attribution/filters/returned-readings.ts), on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute } from '../../src/ingest/attribution/index.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

describe('returned readings', () => {
  it("keeps 'oppose' when the 'tend' reading that pushed it out gives way to 'argue' ('X tend to oppose Y, which they argue S')", async () => {
    const text = 'Environmental groups tend to oppose new pipelines in the region, which they argue would put drinking water at risk.';
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    const found = attribute(text, doc).map((a) => [
      a.cue.lemma,
      a.claimants[0]?.name,
      a.content.map((s) => text.slice(s.start, s.end)).join(' | '),
    ]);
    expect(found).toContainEqual(['oppose', 'Environmental groups', 'new pipelines in the region']);
    expect(found.map((f) => f[0])).toEqual(['oppose', 'argue']);
  });

  it("keeps 'attacks on' when the cleft's reading it lost to gives way to 'pointing to' ('It was then that X ratcheted up his attacks on Y, pointing to S')", async () => {
    const text =
      'It was during that debate that Ortega ratcheted up his attacks on Bell, pointing to reports that the senator always thought of the deal as a favor to friends.';
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    const found = attribute(text, doc).map((a) => [
      a.cue.lemma,
      a.claimants[0]?.name,
      a.content.map((s) => text.slice(s.start, s.end)).join(' | '),
    ]);
    expect(found).toContainEqual(['attack', 'Ortega', 'Bell']);
  });
});
