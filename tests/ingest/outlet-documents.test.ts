/**
 * Documents an outlet reports on are not speakers (src/ingest/annotation/outlet-documents.ts): the
 * outlet crediting "records show S" is the claim's claimant, with no via. Real CoreNLP parses of
 * sentences written for these tests in the style of Newser's summaries.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));

async function claimsOf(text: string): Promise<Array<{ claimants: string[]; via: string[]; evidence: string }>> {
  const a: Annotation = parseAnnotation((await extract(text, {}, nlp())).annotation, 'test text');
  const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
  return a.claims.map((c) => ({ claimants: c.claimants.map(name), via: c.via.map(name), evidence: c.evidence.text }));
}

describe('documents an outlet reports on', () => {
  it('"Bank records reveal that S, the Journal reports" is the outlet\'s claim', async () => {
    const list = await claimsOf(
      'Bank records reveal that the firm moved $3 million to an account in Valdora, the Wall Street Journal reports.',
    );
    expect(list.find((c) => c.evidence.includes('3 million'))).toMatchObject({ claimants: ['The Wall Street Journal'], via: [] });
    // A speaker in the same shape keeps the claim, with the outlet as via.
    const police = await claimsOf('Police say the gunman had bought the rifle a week earlier, CNN reports.');
    expect(police.find((c) => c.evidence.includes('the rifle'))).toMatchObject({ claimants: ['Police'], via: ['CNN'] });
  });

  it('"Photos show S, CNN reports" and "Internal memos reveal that S, the Guardian reports"', async () => {
    const photos = await claimsOf('Photos show the bridge had already cracked before the storm, CNN reports.');
    expect(photos.find((c) => c.evidence.includes('cracked'))).toMatchObject({ claimants: ['CNN'], via: [] });
    const memos = await claimsOf('Internal memos reveal that managers knew about the leak in 2018, the Guardian reports.');
    expect(memos.find((c) => c.evidence.includes('the leak'))).toMatchObject({ claimants: ['The Guardian'], via: [] });
  });

  it('"Emails reviewed by the Post show S": the outlet that handled the papers', async () => {
    const list = await claimsOf('Emails reviewed by the Washington Post show the mayor approved the contract himself.');
    expect(list.find((c) => c.evidence.includes('approved the contract'))).toMatchObject({ claimants: ['The Washington Post'], via: [] });
  });

  it('"Video obtained by CNN shows S" is the outlet\'s report, and the people heard after it speak through the outlet', async () => {
    const list = await claimsOf(
      'Video obtained by CNN shows two deputies dragging a handcuffed man across a parking lot in Dorrel County. The county sheriff said both deputies had been suspended.',
    );
    expect(list.find((c) => c.evidence.includes('dragging'))).toMatchObject({ claimants: ['CNN'], via: [] });
    expect(list.find((c) => c.evidence.includes('suspended'))).toMatchObject({ via: ['CNN'] });
  });
});
