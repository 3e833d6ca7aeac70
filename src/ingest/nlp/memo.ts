/**
 * The last few parses, kept by text and options: a dry run followed by the real ingest of the same
 * text, or a re-extraction, costs one parse instead of two. Parsing is the whole cost of ingest
 * (about a second per article on this machine); a parse of a 30 kB article is ~1 MB of JSON.
 */
import { createHash } from 'node:crypto';
import type { AnnotateOptions, NlpClient, NlpDocument } from './types.ts';

export function memoizedClient(client: NlpClient, capacity = 32): NlpClient {
  const recent = new Map<string, Promise<NlpDocument>>();
  return {
    url: client.url,
    annotate(text: string, options: AnnotateOptions = {}): Promise<NlpDocument> {
      const key = createHash('sha256')
        .update(JSON.stringify([options.annotators ?? null, options.docDate ?? null, options.properties ?? null, text]))
        .digest('hex');
      const hit = recent.get(key);
      if (hit) {
        recent.delete(key);
        recent.set(key, hit);
        return hit;
      }
      const pending = client.annotate(text, options);
      recent.set(key, pending);
      // A failed parse is not kept: the next request tries again.
      pending.catch(() => recent.delete(key));
      while (recent.size > capacity) recent.delete(recent.keys().next().value!);
      return pending;
    },
  };
}
