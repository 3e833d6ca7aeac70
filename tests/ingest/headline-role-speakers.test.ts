/**
 * A title-case headline whose speaker is a bare role noun ("Coach Mulls …") speaks for the one person the body
 * names with that role (src/ingest/entities/headlines/headline-role-speakers.ts); the role word is no entity of its own.
 * Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate, entityNames, claimantsOf } from '../support/annotated-texts.ts';

describe("a headline's bare role noun as speaker", () => {
  it('"Coach Mulls Early Retirement" is the coach the body names in an appositive', async () => {
    const a = await annotate(
      'Coach Mulls Early Retirement\n\nMaren Solberg, the hockey coach at Birchwood Academy, is weighing whether to leave ' +
        'after this winter. "My knees have had enough," she said Friday.',
    );
    expect(entityNames(a)).not.toContain('Coach');
    expect(claimantsOf(a, 'Coach Mulls')).toEqual(['Maren Solberg']);
    expect(claimantsOf(a, 'My knees')).toEqual(['Maren Solberg']);
  });

  it('"Sheriff Mulls Curfew" is the sheriff named by title in the body', async () => {
    const a = await annotate(
      'Sheriff Mulls Curfew\n\nSheriff Tobias Grant is considering a curfew for teenagers after a string of break-ins ' +
        'downtown. Grant said the idea was only one of several options.',
    );
    expect(entityNames(a)).not.toContain('Sheriff');
    expect(claimantsOf(a, 'Sheriff Mulls')).toEqual(['Tobias Grant']);
  });

  it('stays when the body names two people with the role', async () => {
    const a = await annotate(
      'Coach Mulls Early Retirement\n\nMaren Solberg, the hockey coach at Birchwood Academy, is weighing whether to leave. ' +
        'Ivo Laine, the coach at rival Pinecrest, said he would miss her.',
    );
    expect(claimantsOf(a, 'Coach Mulls')).not.toEqual(['Maren Solberg']);
  });
});
