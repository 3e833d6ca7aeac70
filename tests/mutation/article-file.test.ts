/**
 * What the ingest CLI reads from an article file besides its text: YAML front matter (cut off, so
 * offsets index the stored text) and a sidecar JSON, with dates checked and a bare date taken as
 * noon UTC of that day.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleFileError, normalisePublished, readArticleFile } from '../../src/cli/article-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'article-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BODY = 'Putin Warns the West\n\nVladimir Putin said Friday that Russia would respond to any new sanctions.\n';
let n = 0;
function file(content: string, sidecar?: { name?: string; json: string }): string {
  const path = join(dir, `a${++n}.txt`);
  writeFileSync(path, content);
  if (sidecar) writeFileSync(sidecar.name ? join(dir, sidecar.name.replace('%', `a${n}`)) : `${path}.json`, sidecar.json);
  return path;
}

describe('front matter', () => {
  it('reads the date and cuts the block and the blank lines after it off the text', () => {
    const got = readArticleFile(file(`---\npublished: 2016-09-12\ntitle: "Putin: no"\noutlet: Newser\n---\n\n${BODY}`));
    expect(got.text).toBe(BODY);
    expect(got.meta).toEqual({ publishedAt: '2016-09-12T12:00:00Z', title: 'Putin: no', outlet: 'Newser' });
    expect(got.dateFrom).toBe('front matter');
  });

  it('keeps a date-time with its offset, under publishedAt or date too', () => {
    expect(readArticleFile(file(`---\npublishedAt: 2016-09-12T10:30:00-04:00\n---\n${BODY}`)).meta.publishedAt).toBe(
      '2016-09-12T10:30:00-04:00',
    );
    expect(readArticleFile(file(`---\ndate: '2016-09-12'\n---\n${BODY}`)).meta.publishedAt).toBe('2016-09-12T12:00:00Z');
  });

  it('leaves a text without front matter, or with a rule further down, as it is', () => {
    expect(readArticleFile(file(BODY))).toEqual({ text: BODY, meta: {} });
    const ruled = `${BODY}---\npublished: 2016-09-12\n---\n`;
    expect(readArticleFile(file(ruled))).toEqual({ text: ruled, meta: {} });
  });

  it('refuses an impossible date, a date that is not one, and front matter that is not key: value', () => {
    expect(() => readArticleFile(file(`---\npublished: 2016-02-30\n---\n${BODY}`))).toThrow(/front matter.*"2016-02-30" is not a date/);
    expect(() => readArticleFile(file(`---\npublished: last Tuesday\n---\n${BODY}`))).toThrow(ArticleFileError);
    expect(() => readArticleFile(file(`---\n- a list\n---\n${BODY}`))).toThrow(/key: value/);
    expect(() => readArticleFile(file(`---\npublished: [unclosed\n---\n${BODY}`))).toThrow(/not valid YAML/);
  });
});

describe('sidecar JSON', () => {
  it('reads <file>.json and <name>.json next to <name>.txt', () => {
    const a = readArticleFile(file(BODY, { json: '{"publishedAt": "2022-03-04T10:00:00+03:00", "title": "Putin warns", "extra": 1}' }));
    expect(a).toEqual({ text: BODY, meta: { publishedAt: '2022-03-04T10:00:00+03:00', title: 'Putin warns' }, dateFrom: 'sidecar' });
    const b = readArticleFile(file(BODY, { name: '%.json', json: '{"published": "2022-03-04"}' }));
    expect(b.meta.publishedAt).toBe('2022-03-04T12:00:00Z');
  });

  it('gives way to the front matter, field by field', () => {
    const got = readArticleFile(
      file(`---\npublished: 2016-09-12\n---\n${BODY}`, { json: '{"publishedAt": "2022-03-04", "author": "Rob Quinn"}' }),
    );
    expect(got.meta).toEqual({ publishedAt: '2016-09-12T12:00:00Z', author: 'Rob Quinn' });
    expect(got.dateFrom).toBe('front matter');
  });

  it('names the sidecar when it is not JSON or its date is wrong', () => {
    expect(() => readArticleFile(file(BODY, { json: '{publishedAt: 2016}' }))).toThrow(/\.json: not valid JSON/);
    expect(() => readArticleFile(file(BODY, { json: '{"publishedAt": "12/09/2016"}' }))).toThrow(/\.json: "12\/09\/2016" is not a date/);
    expect(() => readArticleFile(file(BODY, { json: '["2016-09-12"]' }))).toThrow(/must be a JSON object/);
  });
});

describe('normalisePublished', () => {
  it('takes dates and date-times with an offset, nothing else', () => {
    expect(normalisePublished('2022-03-02', 'x')).toBe('2022-03-02T12:00:00Z');
    expect(normalisePublished('2022-03-02T13:16:00-06:00', 'x')).toBe('2022-03-02T13:16:00-06:00');
    for (const bad of ['2022-03-02T13:16:00', '1970', 'yesterday', '2022-13-01'])
      expect(() => normalisePublished(bad, '--published')).toThrow(/--published/);
  });
});
