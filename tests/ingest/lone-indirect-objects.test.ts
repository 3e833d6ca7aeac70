/**
 * "A new county audit showed things a little differently": a verb's only object, which the parser
 * took for an indirect one, is what the verb is about (frames/lone-indirect-objects.ts); on real
 * CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('an object the parser read as an indirect object', () => {
  it('"X showed things a little differently" reads X\'s "things"', async () => {
    expect(await readings('A new county audit showed things a little differently.')).toContainEqual([['A new county audit'], 'things']);
  });
});
