/**
 * An outlet's own report closing a paragraph carries the people who spoke before it
 * (src/ingest/annotation/closing-own-reports.ts, asked by drafts.ts), on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

const viaOf = async (text: string, start: string) => (await namedClaims(text)).find((c) => c.evidence.startsWith(start))?.via;

describe("an outlet's own report closing the paragraph", () => {
  it('"X said S1. S2, the AP reported.": S1 came through the AP', async () => {
    expect(
      await viaOf('Firefighters said the blaze started in a bakery oven. Four people were hurt, the AP reported.', 'Firefighters'),
    ).toEqual(['Associated Press']);
    expect(
      await viaOf('The principal said the school would reopen soon. The roof collapsed on Monday, the AP reported.', 'The principal'),
    ).toEqual(['Associated Press']);
  });

  it('carries no body, no state agency, no report opened by its credit or credited by "according to", and nothing over a sentence of narration', async () => {
    expect(
      await viaOf('Firefighters said the blaze started in a bakery oven. Four people were hurt, according to the AP.', 'Firefighters'),
    ).toEqual([]);
    expect(
      await viaOf('The ministry said the school would reopen soon. The roof collapsed on Monday, the AP reported.', 'The ministry'),
    ).toEqual([]);
    expect(await viaOf('Firefighters said the blaze started in a bakery oven. Four people died, Xinhua reported.', 'Firefighters')).toEqual(
      [],
    );
    expect(
      await viaOf('Firefighters said the blaze started in a bakery oven. The AP reported that four people were hurt.', 'Firefighters'),
    ).toEqual([]);
    expect(
      await viaOf(
        'Firefighters said the blaze started in a bakery oven. The street was closed. Four people were hurt, the AP reported.',
        'Firefighters',
      ),
    ).toEqual([]);
  });
});
