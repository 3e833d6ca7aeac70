/**
 * A town the tagger calls an organization (it knows a company by the name) is a place when its
 * residents are named ("Residents of Kawasaki said"); on real CoreNLP parses of short texts written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('towns named by their residents', () => {
  it('"Residents of Kawasaki said": Kawasaki is a place', async () => {
    const typed = await entityKinds(
      'Residents of Kawasaki said the river rose in minutes. Many families in Kawasaki spent the night in schools, NHK reports.',
    );
    expect(typed).toMatchObject({ Kawasaki: 'Place', NHK: 'Organization/MEDIA' });
  });

  it('"officials of Exxon" stay a company\'s', async () => {
    const typed = await entityKinds('Two officials of Exxon said the refinery would reopen next month, the Houston Chronicle reports.');
    expect(typed).toMatchObject({ Exxon: 'Organization/OTHER' });
  });
});
