/** A gerund or participle the parser took for an adjective of its object ("before backing Mr. Ruiz", "Mr. Ruiz, recalling S"). */
import { DependencyTree, isVerb } from '../tree.ts';
import { clauseAfterAdjectiveParticiple, speakerBeforeCommaParticiple } from './comma-participles.ts';
import { adjectiveParticiple } from './adjective-participles.ts';
import { subjectOf } from './cue-subjects.ts';
import { contentTokens, type Push } from './frame-proposal.ts';

/** Prepositions before a gerund ("by portraying X", "before backing Y"). */
const GERUND_CASES = new Set(['by', 'before', 'after', 'in', 'for', 'while']);

export function gerundAdjectiveProposals(tree: DependencyTree, v: number, firstWord: number, push: Push): void {
  const token = tree.token(v);
  if (token.pos === 'VBG' && tree.relation(v) === 'amod') {
    // "before backing Mr. Rubio": the parser took the gerund for an adjective of its object.
    const object = tree.head(v);
    const kase = tree.children(object, 'case').filter((k) => k < v && GERUND_CASES.has(tree.token(k).lemma.toLowerCase()));
    const verb = tree.head(object);
    if (object > v && kase.length && verb !== 0 && isVerb(tree.token(verb)))
      push(v, 'obj', contentTokens(tree, object, [v, ...kase]), subjectOf(tree, verb));
    // "Mr. Biden, recalling weekly breakfasts": a participle after a comma read as its object's adjective.
    else if (object > v && v > 1 && tree.token(v - 1).word === ',') {
      // "criticized the plan, saying floods were ignored": the adjective's noun is the subject of the reported clause.
      const clause = clauseAfterAdjectiveParticiple(tree, v);
      if (clause) push(v, 'ccomp', clause, speakerBeforeCommaParticiple(tree, v));
      else push(v, 'obj', contentTokens(tree, object, [v]), participleHost(tree, object));
    } else {
      const participle = adjectiveParticiple(tree, v, firstWord, subjectOf); // "Citing duties at home, the senator declined"
      if (participle) push(v, 'obj', participle.content, participle.source);
    }
  }
}

/** Who speaks in a participle clause the parser hung as `object`'s adjective: the name `object` stands in apposition to, or the subject of the verb above. */
function participleHost(tree: DependencyTree, object: number): number | undefined {
  const host = tree.head(object);
  if (host === 0) return undefined;
  if (tree.relation(object) === 'appos' && /^NNPS?$/.test(tree.token(host).pos)) return host;
  return isVerb(tree.token(host)) ? subjectOf(tree, host) : undefined;
}
