/**
 * The field word of a cabinet title names no body of its own: in "Interior Secretary Dana
 * Whitfield", "Commerce Secretary Helen Park", "Homeland Security Secretary X" the tagger calls
 * "Interior", "Commerce", "Homeland Security" an organization, which became an Organization entity
 * beside the department the text names in full ("the Interior Department said"). A person's title
 * says who they are, not which body speaks, so the word makes no entity. A name the gazetteer
 * knows ("Pentagon"), one with a body's head word ("Army", "Communist Party") or one of more than
 * two words is a body holding the post and stays.
 */
import type { NlpSentence } from '../nlp/types.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';

const CABINET_TITLE = /^(?:secretary|minister|undersecretary)$/i;

/** Whether the ORGANIZATION mention of tokens [begin, end) (1-based, end exclusive) is a cabinet title's field word. */
export function isTitleDepartmentWord(sentence: NlpSentence, begin: number, end: number): boolean {
  const tokens = sentence.tokens.slice(begin - 1, end - 1);
  const after = sentence.tokens[end - 1];
  if (!after || !CABINET_TITLE.test(after.word) || tokens.length > 2) return false;
  if (!tokens.every((t) => /^NNP/.test(t.pos) && /^\p{Lu}/u.test(t.word))) return false;
  const name = tokens.map((t) => t.word).join(' ');
  return !lookupKnownName(name) && !organizationKindOfHead(tokens.at(-1)!.word);
}
