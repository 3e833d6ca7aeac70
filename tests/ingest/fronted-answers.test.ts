import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('"Unlikely, says X" answering the question before it', () => {
  it('credits the inverted speaker with the short answer', async () => {
    const text = 'Could volunteers keep the observatory open all winter? Unlikely, says Sigrid Bakke, a retired astronomer in Tromso.';
    expect(await namedContents(text)).toContainEqual([['Sigrid Bakke'], 'Unlikely']);
  });

  it('leaves a linking adverb that opens a longer sentence alone', async () => {
    const text = 'The observatory will close in October. Still, says Sigrid Bakke, volunteers hope to reopen it in spring.';
    expect((await namedContents(text)).some(([, content]) => content === 'Still')).toBe(false);
  });
});
