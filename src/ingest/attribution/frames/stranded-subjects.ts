/**
 * "..., and Lena Ortiz, the county's treasurer, said S" / "In a statement defending him, the
 * mayor's office said S": the parser hung the speaker's noun phrase on something before it (a
 * conjunct, an apposition, a preposition's object) and left the finite cue verb with no subject.
 * The noun phrase that ends right before the cue (a comma between allowed) is then its speaker;
 * an apposition speaks through the name it describes ("Lena Ortiz, the county's treasurer"). A
 * place ("Reyes, in Ohio, said") is where the speaker is, not who.
 */
import type { DependencyTree } from '../tree.ts';
import { isName } from '../sources/proper-names.ts';
import { isNameOrDescription } from './cue-subjects.ts';

export function strandedSubject(tree: DependencyTree, v: number): number | undefined {
  // "Rudy Giuliani, Trump has said he S": a cue whose auxiliaries stand before it and whose clause follows it.
  const auxiliaries = tree.children(v, /^(ccomp|xcomp)$/).some((c) => c > v) ? auxiliariesBefore(tree, v) : 0;
  const finite = /^VB[DZP]$/.test(tree.token(v).pos) || (auxiliaries > 0 && /^VB[NG]?$/.test(tree.token(v).pos));
  if (!finite || !/^(ROOT|dep)$/.test(tree.relation(v))) return undefined;
  // "Asked about the plan, the mayor said S": an opening participle the parser made the subject does not speak.
  const subject = tree.child(v, /^(nsubj|csubj|expl)/);
  if (subject !== undefined && !(tree.relation(subject) === 'nsubj' && /^VB[NG]$/.test(tree.token(subject).pos))) return undefined;
  if (tree.children(v, /^(ccomp|parataxis)$/).some((c) => c < v)) return undefined;
  const misread = surnameReadAsModifier(tree, v, v - 1 - auxiliaries);
  if (misread !== undefined) return misread;
  let p = v - 1 - auxiliaries;
  if (p > 1 && tree.token(p).word === ',') p--;
  // "Kim Ode, 70, said": an age between commas.
  if (p > 2 && tree.token(p).pos === 'CD' && tree.token(p - 1).word === ',') p -= 2;
  if (p < 1 || !/^NN/.test(tree.token(p).pos) || tree.token(p).ner === 'LOCATION') return undefined;
  const head = tree.head(p);
  if (tree.relation(p) === 'appos' && head !== 0 && head < p && isName(tree, head) && !personAfterOrganization(tree, p, head)) return head;
  return isNameOrDescription(tree, p) ? p : undefined;
}

/**
 * "Hardy told CNN that S", "Hardy also said S": a surname the tagger read as an adverb or adjective
 * (the named-entity tagger still calls it a person), hung on the cue as its modifier, ending at `p`
 * or before the cue's own lowercase adverbs.
 */
function surnameReadAsModifier(tree: DependencyTree, v: number, p: number): number | undefined {
  while (p > 1 && tree.head(p) === v && tree.relation(p) === 'advmod' && /^[a-z]/.test(tree.token(p).word)) p--;
  if (p < 1 || tree.head(p) !== v || !/^(advmod|amod|dep)$/.test(tree.relation(p))) return undefined;
  const t = tree.token(p);
  return /^(RB|JJ)$/.test(t.pos) && t.ner === 'PERSON' && /^\p{Lu}/u.test(t.word) ? p : undefined;
}

/** How many auxiliaries of `v` stand right before it ("has said", "will say"), none when it is passive. */
function auxiliariesBefore(tree: DependencyTree, v: number): number {
  if (tree.child(v, 'aux:pass') !== undefined) return 0;
  let n = 0;
  while (v - n - 1 >= 1 && tree.head(v - n - 1) === v && tree.relation(v - n - 1) === 'aux') n++;
  return n;
}

/**
 * "Greeting voters at the fair, Tess Huang, 58, said S": the parser read the opening participle as a
 * noun, made its bare object the cue's subject and the name right before the cue its apposition.
 */
export function nameBesideBareSubject(tree: DependencyTree, v: number): number | undefined {
  const subject = tree.child(v, 'nsubj');
  if (subject === undefined || !/^NNS?$/.test(tree.token(subject).pos) || tree.child(subject, /^(det|nmod:poss)$/) !== undefined)
    return undefined;
  let p = v - 1;
  if (p > 1 && tree.token(p).word === ',') p--;
  if (p > 2 && tree.token(p).pos === 'CD' && tree.token(p - 1).word === ',') p -= 2;
  return p > subject && tree.relation(p) === 'appos' && tree.head(p) === subject && isName(tree, p) ? p : undefined;
}

/** "A trainer quoted by NPR, Brent Osei, said": a person's name is no description of the organization it follows. */
function personAfterOrganization(tree: DependencyTree, name: number, organization: number): boolean {
  return tree.token(name).ner === 'PERSON' && tree.token(organization).ner === 'ORGANIZATION';
}
