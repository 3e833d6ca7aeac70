/**
 * Companies whose one-word names CoreNLP tags as people or leaves untagged ("Meta said", "ByteDance
 * says") are organizations (the gazetteer); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('one-word company names', () => {
  it('"Meta said", "Airbnb said": organizations, not people', async () => {
    const typed = await entityKinds(
      'Meta said on Monday it would stop paying fact-checkers in Brazil. ' +
        'Airbnb said hosts in Lisbon had earned $90 million last summer, Bloomberg reports.',
    );
    expect(typed).toMatchObject({ Meta: 'Organization/OTHER', Airbnb: 'Organization/OTHER', Bloomberg: 'Organization/MEDIA' });
  });

  it('"ByteDance says", "according to Anthropic": organizations, not people or groups', async () => {
    const typed = await entityKinds(
      'ByteDance says its new video app has 20 million users in Indonesia. ' +
        'According to Anthropic, the new model writes code twice as fast.',
    );
    expect(typed).toMatchObject({ ByteDance: 'Organization/OTHER', Anthropic: 'Organization/OTHER' });
  });
});
