/**
 * A name opening with another language's article that reports, is told or is cited is a news
 * outlet (src/ingest/entities/article-named-outlets.ts); real CoreNLP parses of texts written for
 * this test (the tagger calls both names a person).
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('outlets named with an article of another language', () => {
  it('"Al-Mirbad" reporting and "El Pregonero" told are media; a person with such an article stays a person', async () => {
    const kinds = await entityKinds(
      'Al-Mirbad, citing two aides, reported that the cabinet had split. ' +
        "The mayor's lawyer told El Pregonero that the charges were false. " +
        'Opposition leader Marielle Le Brun said the vote had been rigged. Le Brun told reporters she would appeal.',
    );
    expect(kinds).toMatchObject({
      'Al-Mirbad': 'Organization/MEDIA',
      'El Pregonero': 'Organization/MEDIA',
      'Marielle Le Brun': 'Person',
    });
  });
});
