/**
 * A reduced relative clause the parser read as the main clause: in "Emails released this week showed
 * S" it tags the participle as the main verb and hangs the cue below it. The noun the participle
 * describes, the "main verb"'s subject, is the cue's source.
 */
import { isPunct, type DependencyTree } from '../tree.ts';

/** Whether `verb`, the root the cue hangs below, is a past form with a subject and no object, clause or auxiliary of its own: a participle the parser took for the main verb. */
export function participleAsRoot(tree: DependencyTree, verb: number, cue: number): boolean {
  if (tree.token(verb).pos !== 'VBD' || tree.relation(verb) !== 'ROOT') return false;
  if (tree.children(verb, /^(obj|ccomp|xcomp|iobj|nsubj:pass|aux|aux:pass|cop)$/).length > 0) return false;
  const subject = tree.child(verb, 'nsubj');
  const commaBefore = tree.subtree(verb).some((t) => t > verb && t < cue && tree.token(t).word === ',' && tree.head(t) === verb);
  return subject !== undefined && subject < verb && !commaBefore;
}

/**
 * "A poll released Tuesday found Ortiz leading Hale": a cue the parser hung as a loose dependent right
 * after a participle it took for the main verb ('released', the root, with the noun as its subject),
 * no punctuation between them. The name after the cue is what was found, not an inverted speaker.
 */
export function followsParticipleRoot(tree: DependencyTree, cue: number): boolean {
  const verb = tree.head(cue);
  if (tree.relation(cue) !== 'dep' || verb === 0 || verb > cue || tree.relation(verb) !== 'ROOT') return false;
  const participle = tree.token(verb).pos === 'VBN' && tree.child(verb, /^aux/) === undefined;
  if (!participle && !participleAsRoot(tree, verb, cue)) return false;
  const subject = tree.child(verb, 'nsubj');
  if (subject === undefined || subject > verb) return false;
  for (let t = verb + 1; t < cue; t++) if (isPunct(tree.token(t))) return false;
  return true;
}

/**
 * "A memo obtained by the Tribune warns that S": the parser made the reduced relative the cue's
 * clausal subject and the noun it describes that participle's subject. The noun is the speaker.
 * Not a participle with an auxiliary ("What has happened is S"): that is a clause of its own.
 * "People briefed on the talks said S": the tagger may read the participle as a past tense (VBD); it is
 * one still when it has no object and no "that"/"whether" of a clause, and its subject is a noun.
 */
export function reducedRelativeSubject(tree: DependencyTree, cue: number): number | undefined {
  const participle = tree.child(cue, 'csubj');
  if (participle === undefined || tree.child(participle, /^aux/) !== undefined) return undefined;
  const noun = tree.child(participle, 'nsubj');
  if (noun === undefined || noun > participle) return undefined;
  if (tree.token(participle).pos === 'VBN') return noun;
  const pastAsParticiple =
    tree.token(participle).pos === 'VBD' &&
    /^NNS?$/.test(tree.token(noun).pos) &&
    tree.children(participle, /^(obj|iobj|ccomp|xcomp|mark|cop|nsubj:pass)$/).length === 0;
  return pastAsParticiple ? noun : undefined;
}
