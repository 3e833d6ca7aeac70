/**
 * "One resident, who asked not to be named, said the race would close the street": the parser read the
 * cue as the relative clause's verb (the relative pronoun its object, the clause's own verb its subject)
 * and made the reported clause the sentence's root, with the described noun as that root's subject.
 * The noun is the speaker; what it said is everything after the cue.
 */
import { isPunct, isVerb, type DependencyTree } from '../tree.ts';
import { isName } from '../sources/proper-names.ts';

export function cueReadAsRelative(tree: DependencyTree, cue: number): { content: number[]; source: number } | undefined {
  if (tree.relation(cue) !== 'acl:relcl' || !isVerb(tree.token(cue)) || tree.token(cue - 1)?.word !== ',') return undefined;
  const noun = tree.head(cue);
  const pronoun = tree.children(cue).find((c) => c > noun && c < cue && tree.token(c).pos === 'WP');
  const verbAsSubject = tree.children(cue, 'nsubj').find((s) => s > (pronoun ?? cue) && s < cue && isVerb(tree.token(s)));
  if (pronoun === undefined || verbAsSubject === undefined) return undefined;
  const root = tree.head(noun);
  if (root === 0 || root < cue || tree.relation(root) !== 'ROOT' || !isVerb(tree.token(root)) || tree.relation(noun) !== 'nsubj')
    return undefined;
  const content = tree.subtree(root).filter((t) => t > cue && !isPunct(tree.token(t)));
  return content.length ? { content: tree.subtree(root).filter((t) => t > cue), source: noun } : undefined;
}

/**
 * "The company that runs the ferries, Vestkyst Lines, said S": the parser hung the name on the relative
 * clause's last noun, and the cue either on the described noun as its subject or, with no subject, under
 * the clause. The name set off by commas right before the cue is the described noun's, and the speaker.
 */
export function nameAfterRelativeClause(tree: DependencyTree, cue: number): number | undefined {
  if (!/^VB[DZP]$/.test(tree.token(cue).pos)) return undefined;
  const name = cue - 2;
  if (name < 2 || tree.token(cue - 1).word !== ',' || tree.relation(name) !== 'appos' || !isName(tree, name)) return undefined;
  let clause = tree.head(name);
  while (clause !== 0 && tree.relation(clause) !== 'acl:relcl') clause = tree.head(clause);
  const described = clause === 0 ? 0 : tree.head(clause);
  if (described === 0 || !/^NNS?$/.test(tree.token(described).pos)) return undefined;
  const subject = tree.child(cue, /^(nsubj|csubj)/);
  return (subject === undefined && tree.dominates(clause, cue)) || subject === described ? name : undefined;
}
