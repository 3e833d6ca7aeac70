import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('"X, who asked not to be named, said S" with the cue read as the relative clause\'s verb', () => {
  it('credits the described speaker with the clause after the cue', async () => {
    const text =
      'Residents are angry about the parade route. One resident, who asked not to be named, said the parade would trap elderly neighbors indoors for six hours.';
    expect(await namedContents(text)).toContainEqual([
      ['One resident'],
      expect.stringMatching(/^the parade would trap elderly neighbors indoors for six hours/),
    ]);
  });
});

describe('"The company that runs X, Name, said S" with the name hung on the relative clause', () => {
  it('credits the name, not the described noun', async () => {
    const text =
      'The company that operates the canal locks, Vestkyst Ferjer, said in a statement that the gates had passed every inspection.';
    expect(await namedContents(text)).toContainEqual([
      ['Vestkyst Ferjer'],
      expect.stringMatching(/^(that )?the gates had passed every inspection/),
    ]);
  });
});
