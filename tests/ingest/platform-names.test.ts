/**
 * Social networks the tagger calls persons are platforms (the gazetteer's kind); real CoreNLP
 * parses of a text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('social networks', () => {
  it('"wrote on Weibo": a platform, not a person', async () => {
    const typed = await entityKinds('The singer wrote on Weibo that she was taking a break, the BBC reports.');
    expect(typed).toMatchObject({ Weibo: 'Organization/PLATFORM' });
  });
});
