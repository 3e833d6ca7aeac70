/**
 * "telling her hometown paper, the Pueblo Chieftain, that S": a capitalised name set beside a medium's
 * noun in apposition is that outlet's name, whether or not a list knows it; so is the name the noun is
 * set beside ("the Amsterdam Echo, her local paper"). A place may open the name ("Amsterdam"), never
 * close it; a person's name is no outlet. Asked only where outlet-phrases.ts looks for a listener or
 * an occasion's stage.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { lookupKnownName } from '../entities/gazetteer.ts';
import { MEDIUM_NOUN } from '../entities/media-words.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { writtenName } from './outlet-name-words.ts';

const NAME_NER = /^(O|ORGANIZATION|MISC)$/;
const PLACE_NER = /^(LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY)$/;

export function appositiveOutlet(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  const token = tree.token(i);
  if (!/^NNPS?$/.test(token.pos) || !/^\p{Lu}/u.test(token.word) || !NAME_NER.test(token.ner)) return undefined;
  const medium = (n: number) => MEDIUM_NOUN.test(tree.token(n).word) && /^NNS?$/.test(tree.token(n).pos);
  const head = tree.head(i);
  const beside = (tree.relation(i) === 'appos' && head > 0 && medium(head)) || tree.children(i, 'appos').some(medium);
  if (!beside) return undefined;
  const words = [...tree.children(i, /^(compound|flat)$/), i].sort((a, b) => a - b);
  if (words.some((w, k) => k > 0 && w !== words[k - 1] + 1)) return undefined;
  const tokens = words.map((w) => tree.token(w));
  const nameWord = (t: typeof token, k: number) =>
    /^NNPS?$/.test(t.pos) && /^\p{Lu}/u.test(t.word) && (NAME_NER.test(t.ner) || (k < tokens.length - 1 && PLACE_NER.test(t.ner)));
  if (!tokens.every(nameWord)) return undefined;
  const name = writtenName(tokens);
  const known = lookupKnownName(name);
  if (known && known.kind !== 'MEDIA') return undefined;
  const outlet = registry.add({ name, type: 'Organization', kind: 'MEDIA' }, { start: tokens[0].start, end: tokens.at(-1)!.end });
  return outlet.type === 'Organization' ? outlet : undefined;
}
