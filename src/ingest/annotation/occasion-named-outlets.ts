/**
 * "said in an interview with KSEE", "wrote in a column for Eater": the one an interview was given to or
 * a column written for is an outlet, so a capitalised name there that no list knows (a station's call
 * sign, a site's one-word name, often tagged a common noun and left untagged by NER) is taken as one.
 * Names NER gives a person, a place or any other type, and names the gazetteer knows as no outlet, are not.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { lookupKnownName } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { isCalendarWord } from './outlet-name-words.ts';

/** Occasions given to or written for an outlet. */
const OCCASION = /^(interview|column|op-ed|essay|commentary|podcast)$/i;
const OCCASION_CASE = /^(with|for|on)$/i;
const NAME_NER = /^(O|ORGANIZATION)$/;

export function occasionNamedOutlet(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  const token = tree.token(i);
  const head = tree.head(i);
  if (!head || !/^nmod/.test(tree.relation(i)) || !OCCASION.test(tree.token(head).lemma)) return undefined;
  if (!tree.children(i, 'case').some((k) => OCCASION_CASE.test(tree.token(k).word))) return undefined;
  // "with Runner's World": a possessed name is a whole title, which the other rules read.
  if (tree.children(i).some((c) => !/^(det|case|compound|flat|punct)$/.test(tree.relation(c)))) return undefined;
  const words = [...tree.children(i, /^(compound|flat)$/), i].sort((a, b) => a - b);
  const tokens = words.map((w) => tree.token(w));
  const proper = (t: typeof token) => /^NNP?$/.test(t.pos) && /^\p{Lu}/u.test(t.word) && NAME_NER.test(t.ner ?? 'O');
  if (token.index === 1 || !tokens.every(proper) || tokens.some(isCalendarWord)) return undefined;
  const span = { start: tokens[0].start, end: tokens.at(-1)!.end };
  // An organization NER found is registered as "OTHER" until something says what kind it is.
  const other = (r: EntityRecord) => r.type !== 'Organization' || !['MEDIA', 'OTHER'].includes(r.kind ?? 'OTHER');
  if (registry.mentionedIn(span.start, span.end).some(other)) return undefined;
  const name = tokens.map((t) => t.originalText).join(' ');
  const known = lookupKnownName(name);
  if (known && known.kind !== 'MEDIA') return undefined;
  const outlet = registry.add({ name, type: 'Organization', kind: 'MEDIA' }, span);
  return outlet.type === 'Organization' ? outlet : undefined;
}
