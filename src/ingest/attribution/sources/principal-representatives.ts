import type { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';

/** Nouns for someone who speaks for another: the name after their principal is theirs. */
const REPRESENTATIVE_NOUN = /^(spokesman|spokeswoman|spokesperson|lawyer|attorney|aide|adviser|advisor|representative|publicist|agent)$/i;

/** Offices a representative speaks for ("a spokeswoman for the governor"); never kin ("a lawyer for her son, Tom"). */
const OFFICE_NOUN =
  /^(governor|mayor|senator|congressman|congresswoman|president|prosecutor|sheriff|chief|minister|secretary|commissioner|judge|speaker|chancellor|premier|candidate|attorney|superintendent)$/i;

/**
 * "A spokesman for Mayor Lena Ortiz, Paul Grant, said", "A spokeswoman for the governor, Kelly Amundsen,
 * said": the parser hangs the name on the principal, but a second person's full name after a person,
 * or a name new to the article after an office, is the representative's. A name the article gave before
 * ("a spokesman for the governor, Mark Delaney," after "Gov. Mark Delaney") says who the governor is.
 */
export function namesRepresentative(
  tree: DependencyTree,
  names: NameMention[],
  source: number,
  principal: number,
  name: NameMention,
): boolean {
  if (!REPRESENTATIVE_NOUN.test(tree.token(source).word) || name.type !== 'PERSON' || !/\s/.test(name.text)) return false;
  const p = tree.token(principal);
  if (p.start >= name.start && p.end <= name.end) return false;
  if (p.ner === 'PERSON') return true;
  const definite = tree.children(principal, 'det').some((d) => /^the$/i.test(tree.token(d).word));
  return definite && OFFICE_NOUN.test(p.word) && !namedBefore(names, name);
}

function namedBefore(names: NameMention[], name: NameMention): boolean {
  const surname = name.text.split(/\s+/).at(-1);
  return names.some(
    (n) => n.type === 'PERSON' && n.end <= name.start && n.sentence < name.sentence && n.text.split(/\s+/).at(-1) === surname,
  );
}
