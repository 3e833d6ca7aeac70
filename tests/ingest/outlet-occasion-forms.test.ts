/**
 * More of the forms news summaries give a claim's outlet in, on real CoreNLP parses of sentences written
 * for these tests: a statement to an outlet the parser hung on the denial's object
 * (annotation/object-occasions.ts), an outlet after an inverted speaker ("says X in the Guardian":
 * annotation/inverted-speaker-places.ts), and a post's channel that stops at the speaker's later
 * interview with an outlet (annotation/channels.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { claimWith } from '../support/named-claims.ts';

describe('outlets given by an occasion or a place', () => {
  it('"X\'s office denied the claims in a statement to the AP": the AP is the via', async () => {
    const claim = await claimWith("Senator Ilse Morrow's office denied the claims in a statement to the AP.", 'denied');
    expect(claim?.via).toEqual(['Associated Press']);
  });

  it('"S, says X in the Guardian": the paper is the via of the inverted speaker', async () => {
    const claim = await claimWith('The new tariffs could cost farmers billions, says Helen Marsh in the Guardian.', 'tariffs');
    expect(claim).toEqual({ claimants: ['Helen Marsh'], via: ['The Guardian'] });
  });

  it('"S, says a doctor in Chicago": a place after the speaker names no outlet', async () => {
    const claim = await claimWith('The new tariffs could cost farmers billions, says a doctor in Chicago.', 'tariffs');
    expect(claim?.via).toEqual([]);
  });
});

describe("a post's channel and a later interview", () => {
  const extract = async (text: string): Promise<Annotation> =>
    parseAnnotation(
      await extractAnnotation(text, { publishedAt: '2023-07-07T09:00:00-05:00' }, createCoreNlpClient(inject('corenlpUrl'))),
      'test text',
    );
  const mediumOf = (a: Annotation, words: string) => {
    const claim = a.claims.find((c) => c.evidence.text.includes(words))!;
    return a.channels.find((ch) => ch.id === claim.channel)?.medium;
  };

  it('"X wrote in a Facebook post S1. X later told NBC News S2. He said S3": S2 and S3 were told to NBC, not posted', async () => {
    const a = await extract(
      'Pastor Neil Barker wrote in a Facebook post that vandals had smashed every window of his church. Barker later told NBC News that he had received threats for weeks. He said the police had done nothing.',
    );
    expect(mediumOf(a, 'smashed every window')).toBe('facebook-post');
    expect(mediumOf(a, 'received threats')).toBeUndefined();
    expect(mediumOf(a, 'police had done nothing')).toBeUndefined();
  });

  it('"X wrote in a Facebook post S1. He said S2": with no interview between, S2 keeps the post', async () => {
    const a = await extract(
      'Pastor Neil Barker wrote in a Facebook post that vandals had smashed every window of his church. He said the police had done nothing.',
    );
    expect(mediumOf(a, 'police had done nothing')).toBe('facebook-post');
  });

  it('"in a post on Facebook", "in a Facebook post", "in a video posted to YouTube": the channel is the platform\'s', async () => {
    const after = await extract('Singer Mira Kowal announced in a post on Facebook that she was leaving the band.');
    expect(mediumOf(after, 'leaving the band')).toBe('facebook-post');
    expect(after.channels[0]?.name).toBe("Mira Kowal's Facebook post");
    const before = await extract('Singer Mira Kowal announced in a Facebook post that she was leaving the band.');
    expect(mediumOf(before, 'leaving the band')).toBe('facebook-post');
    const video = await extract('Singer Mira Kowal said in a video posted to YouTube that she was leaving the band.');
    expect(mediumOf(video, 'leaving the band')).toBe('youtube-video');
    const statement = await extract('Singer Mira Kowal said in a statement that she was leaving the band.');
    expect(mediumOf(statement, 'leaving the band')).toBe('statement');
  });

  it('"X said in a Post report that S": the paper is the via, not a post of the speaker\'s', async () => {
    // A capitalised "Post" names a paper (annotation/channels.ts).
    const said = await extract('Union leader Ivan Rusk said in a Post report that the drivers never missed a shift.');
    expect(mediumOf(said, 'never missed')).toBeUndefined();
    expect(said.channels).toEqual([]);
    const denied = await extract('Union leader Ivan Rusk denied the claims in a Post report, saying the drivers never missed a shift.');
    expect(mediumOf(denied, 'denied the claims')).toBeUndefined();
    // A post still is one: "in a post on Facebook", a post on the platform named after it.
    const posted = await extract('Union leader Ivan Rusk said in a post on Facebook that the drivers never missed a shift.');
    expect(mediumOf(posted, 'never missed')).toBe('facebook-post');
  });
});
