/**
 * A speaker named by capitalised words closing on a body's plural head word is an organization, not
 * a group of people (src/ingest/entities/plural-body-names.ts); real CoreNLP parses of texts written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('bodies named in the plural', () => {
  it('"Varesh’s Revolutionary Guards said" and "The Mountain Brigades said" are organizations; "Authorities said" and lowercase "forces" stay groups', async () => {
    const kinds = await entityKinds(
      "Varesh's Revolutionary Guards said the crew was being questioned. The Mountain Brigades said they had fired warning shots. " +
        'Authorities said the boat carried no papers. Varesh forces said they had fired warning shots too.',
    );
    expect(kinds["Varesh's Revolutionary Guards"]).toMatch(/^Organization\//);
    expect(kinds['Mountain Brigades']).toMatch(/^Organization\//);
    expect(kinds.Authorities).toBe('Group');
    expect(
      Object.entries(kinds)
        .filter(([, type]) => type === 'Group')
        .map(([name]) => name),
    ).toContain('Varesh forces');
  });
});
