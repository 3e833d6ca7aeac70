/**
 * A Newser page's byline and "Posted" lines are no part of any sentence (src/ingest/text/header.ts
 * withoutBylineLines): the parser joins lines split by a single line break, so the first line of the
 * body took "Newser Staff" or the posting time as its speaker. On real CoreNLP parses of pages written
 * for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function claimants(page: string): Promise<Array<{ claimants: string[]; evidence: string }>> {
  const a = parseAnnotation((await extract(page, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test page');
  const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
  return a.claims.map((c) => ({ claimants: c.claimants.map(name), evidence: c.evidence.text }));
}

describe('the byline and "Posted" lines of a Newser page', () => {
  it('do not join the first sentence of the body', async () => {
    const page = [
      'Zoo Welcomes Twin Otters',
      '',
      'By Sam Lee,  Newser Staff',
      'Posted May 1, 2019 10:05 AM CDT',
      'Keepers at the Oakdale Zoo said Tuesday that twin otter pups were born last week.',
    ].join('\n');
    const list = await claimants(page);
    const keepers = list.find((c) => c.evidence.includes('twin otter pups'));
    expect(keepers?.claimants).toEqual(['Keepers at the Oakdale Zoo']);
    expect(keepers?.evidence.startsWith('Keepers')).toBe(true);
  });

  it('do not give "Newser Staff" or the posting time as a speaker', async () => {
    for (const page of [
      [
        'Orchard Co-op Sues Cider Maker Over Label',
        '',
        'Growers say the label copies their logo',
        'By Jane Doe,  Newser Staff',
        'Posted Oct 3, 2023 8:40 AM CDT',
        "The Hollis Valley orchard co-op has sued the cider maker Brightpress, saying its new label copies the co-op's apple logo, the Boston Globe reports.",
      ].join('\n'),
      [
        'Town Reopens Pier After Storm',
        '',
        'By Jane Doe,  Newser Staff',
        'Posted Jun 8, 2022 11:30 AM CDT',
        'The town of Westbrook has reopened its fishing pier, saying repairs finished early, the Portland Press Herald reports.',
      ].join('\n'),
    ]) {
      const list = await claimants(page);
      expect(
        list.flatMap((c) => c.claimants).filter((n) => /Staff|CDT|\bAM\b/.test(n)),
        page,
      ).toEqual([]);
      expect(
        list.filter((c) => c.evidence.includes('\n')),
        page,
      ).toEqual([]);
    }
  });

  it('a "Posted" line without the byline still opens the body and dates it', async () => {
    const page = [
      'Sheriff Warns of Phone Scam',
      '',
      'Posted Mar 3, 2022 9:15 AM CST',
      '',
      'Sheriff Tobias Grant said Tuesday that callers posing as deputies had taken money from four residents.',
    ].join('\n');
    const extraction = await extract(page, {}, createCoreNlpClient(inject('corenlpUrl')));
    const a = parseAnnotation(extraction.annotation, 'test page');
    const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
    expect(a.article.publishedAt?.slice(0, 10)).toBe('2022-03-03');
    expect(a.entities.map((e) => e.name).filter((n) => /Posted|CST|Warns/.test(n))).toEqual([]);
    const grant = a.claims.find((c) => c.evidence.text.includes('callers posing'));
    expect(grant?.claimants.map(name)).toEqual(['Tobias Grant']);
    expect(grant?.evidence.text).not.toContain('Posted');
    expect(grant?.saidOn?.date).toBe('2022-03-01');
  });
});
