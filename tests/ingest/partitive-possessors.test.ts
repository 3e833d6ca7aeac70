/**
 * "Some of her supporters said S", "One of his deputies said S": a part of a group whose possessor is a
 * pronoun is named through the pronoun's antecedent (src/ingest/attribution/sources/partitive-possessors.ts),
 * so the full pipeline keeps the claim the attribution stage found; and "Some of the nurses" keeps its
 * "Some" as an entity's name (src/ingest/entities/source-entities.ts). Real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a part of a group as the speaker', () => {
  it('"Some of her supporters" after Governor Linda Kessler is some of Linda Kessler\'s supporters', async () => {
    const text =
      'Governor Linda Kessler signed the school funding bill in Albany on Friday. ' +
      'Some of her supporters said the bill did not go far enough.';
    expect((await claimWith(text, 'far enough'))?.claimants).toEqual(["Some of Linda Kessler's supporters"]);
  });

  it('"One of his deputies" after Sheriff Tom Halvorsen is one of Tom Halvorsen\'s deputies', async () => {
    const text =
      'Sheriff Tom Halvorsen announced his retirement on Wednesday after 20 years in office. ' +
      'One of his deputies said the department would hold an election in the fall.';
    expect((await claimWith(text, 'election in the fall'))?.claimants).toEqual(["One of Tom Halvorsen's deputies"]);
  });

  it('"Some of the nurses" is named with its "Some"', async () => {
    const text = 'Nurses at the county hospital walked off the job on Tuesday. Some of the nurses said the night shifts were unsafe.';
    expect((await claimWith(text, 'night shifts'))?.claimants).toEqual(['Some of the nurses']);
  });
});
