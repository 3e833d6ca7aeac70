import { createHash } from 'node:crypto';

/** "Soldiers' Mothers Committee" → "soldiers-mothers-committee"; at most 80 characters, so ids stay short. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function shortHash(value: string, length = 8): string {
  return createHash('sha1').update(value).digest('hex').slice(0, length);
}
