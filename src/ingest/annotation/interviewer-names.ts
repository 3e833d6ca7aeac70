/**
 * "She said in an interview with Runner's World that S": an interview given to a name that neither NER
 * nor the gazetteer knows, and that no person's name, is given to an outlet. Without it the claim
 * took the outlet of an earlier speaker's interview in the paragraph, though it names its own.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { lookupKnownName } from '../entities/gazetteer.ts';

/** The outlet of an "in an interview with X" hung on the cue, X registered as one where nothing else is named there. */
export function interviewerOutlet(tree: DependencyTree, cue: number, registry: EntityRegistry): EntityRecord | undefined {
  const introduced = (n: number, how: RegExp) => tree.children(n, 'case').some((k) => how.test(tree.token(k).word));
  const interviews = tree.children(cue, /^obl/).filter((o) => tree.token(o).lemma === 'interview' && introduced(o, /^(in|during)$/i));
  for (const interview of interviews)
    for (const name of tree.children(interview, /^nmod/).filter((n) => introduced(n, /^with$/i))) {
      const words = tree.subtree(name).filter((w) => !['case', 'det'].includes(tree.relation(w)) || tree.token(w).word === "'s");
      const tokens = words.sort((a, b) => a - b).map((w) => tree.token(w));
      if (!/^NNPS?$/.test(tree.token(name).pos) || tokens.some((t) => t.ner === 'PERSON' || !/^(\p{Lu}|'s$)/u.test(t.word))) continue;
      const span = { start: tokens[0].start, end: tokens.at(-1)!.end };
      const text = tree.sentence.tokens
        .filter((t) => t.start >= span.start && t.end <= span.end)
        .map((t, k) => (k > 0 && t.word !== "'s" ? ' ' : '') + t.originalText)
        .join('');
      if (lookupKnownName(text) || registry.at(span.start)) continue;
      return registry.add({ name: text, type: 'Organization', kind: 'MEDIA' }, span);
    }
  return undefined;
}
