/**
 * One article file for the ingest CLI: its text and what the file itself says about the article,
 * from YAML front matter at the top (`---\npublished: 2016-09-12\n---`) or a sidecar JSON file
 * (`<file>.json`, or `<name>.json` next to `<name>.txt`). The front matter is cut off: the text
 * returned is the one extracted and stored, so every offset indexes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export interface FileMeta {
  publishedAt?: string;
  title?: string;
  outlet?: string;
  author?: string;
  url?: string;
}

export interface ArticleFile {
  text: string;
  meta: FileMeta;
  /** Where the file's date came from, when it had one. */
  dateFrom?: 'front matter' | 'sidecar';
}

export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)(?:[ \t]*\r?\n)*/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const scalar = z.union([z.string(), z.number(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString() : String(v)).trim());
/** Both places take the same keys; `published` and `date` are accepted for `publishedAt`. */
const metaSchema = z.object({
  publishedAt: scalar.optional(),
  published: scalar.optional(),
  date: scalar.optional(),
  title: scalar.optional(),
  outlet: scalar.optional(),
  author: scalar.optional(),
  url: scalar.optional(),
});

/**
 * An ISO date-time with its offset, as the API takes it. A bare date (2016-09-12) becomes noon UTC
 * of that day, which is the same calendar day from UTC-11 to UTC+11. Anything else is an error.
 */
export function normalisePublished(value: string, where: string): string {
  const valid = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day);
  };
  if (DATE.test(value) && valid(value)) return `${value}T12:00:00Z`;
  if (DATE_TIME.test(value) && valid(value.slice(0, 10)) && !Number.isNaN(Date.parse(value))) return value;
  throw new ArticleFileError(`${where}: "${value}" is not a date like 2016-09-12 or 2016-09-12T10:30:00-04:00`);
}

function toMeta(raw: unknown, where: string): FileMeta {
  const parsed = metaSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new ArticleFileError(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`);
  }
  const { publishedAt, published, date, ...rest } = parsed.data;
  const meta: FileMeta = {};
  for (const [key, value] of Object.entries(rest)) if (value) meta[key as keyof FileMeta] = value;
  const when = publishedAt ?? published ?? date;
  if (when) meta.publishedAt = normalisePublished(when, where);
  return meta;
}

function sidecarPath(file: string): string | undefined {
  const candidates = [`${file}.json`, file.replace(/\.txt$/i, '.json')];
  return candidates.find((c) => c !== file && existsSync(c));
}

/** The file's text (front matter cut off) and metadata; the front matter wins over the sidecar. */
export function readArticleFile(file: string): ArticleFile {
  let text = readFileSync(file, 'utf8');
  let fromFrontMatter: FileMeta = {};
  const front = FRONT_MATTER.exec(text);
  if (front) {
    let yaml: unknown;
    try {
      yaml = parseYaml(front[1] ?? '');
    } catch (error) {
      throw new ArticleFileError(`${file}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (yaml !== null && (typeof yaml !== 'object' || Array.isArray(yaml)))
      throw new ArticleFileError(`${file}: front matter must be "key: value" lines`);
    fromFrontMatter = toMeta(yaml, `${file} (front matter)`);
    text = text.slice(front[0].length);
  }
  let fromSidecar: FileMeta = {};
  const sidecar = sidecarPath(file);
  if (sidecar) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(sidecar, 'utf8'));
    } catch (error) {
      throw new ArticleFileError(`${sidecar}: not valid JSON: ${(error as Error).message}`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new ArticleFileError(`${sidecar}: must be a JSON object`);
    fromSidecar = toMeta(json, sidecar);
  }
  const dateFrom = fromFrontMatter.publishedAt ? 'front matter' : fromSidecar.publishedAt ? 'sidecar' : undefined;
  return { text, meta: { ...fromSidecar, ...fromFrontMatter }, ...(dateFrom ? { dateFrom } : {}) };
}
