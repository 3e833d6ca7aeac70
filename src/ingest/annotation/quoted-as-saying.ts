/**
 * "The Gazette quoted Mayor Ellen Park as saying S": the mayor speaks, through the Gazette. The
 * attribution stage reads the quoting as the outlet's claim (as PolNeAR marks it: the outlet the
 * source, "Mayor Ellen Park as saying S" the content) and the saying as the outlet's too; here the
 * quoted person becomes the claimant of S, the quoting outlet its via, and the saying's own draft
 * goes; the same for "X was quoted by the Gazette as saying S". A quoted person named by no entity
 * the registry knows stands as the description written ("quoted the town's fire chief"); when it is
 * no person, group or body ("one of his advisers"; a "him" the attribution stage resolves to no
 * one: credits/quoted-pronouns.ts), both drafts go: the outlet is not the one who said S.
 */
import { quotedSayings } from '../attribution/frames/quoted-as-saying.ts';
import { speakerPhrase } from '../attribution/credits/speaker-phrases.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { entityOfSource } from '../entities/source-entities.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { cueDateSpan } from './said-on.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

/**
 * "quoted a park official, Li Wen, as saying S": the person named between commas right after the
 * description is the one quoted (the parser hangs the name on the description or on the quoting verb).
 */
function nameSetOffAfter(tree: DependencyTree, quoted: number, registry: EntityRegistry): EntityRecord | undefined {
  if (!/^NNS?$/.test(tree.token(quoted).pos) || tree.token(quoted + 1)?.word !== ',') return undefined;
  let end = quoted + 2;
  while (end <= tree.size && tree.token(end).ner === 'PERSON') end++;
  if (end === quoted + 2 || tree.token(end)?.word !== ',') return undefined;
  const named = registry.at(tree.token(quoted + 2).start);
  return named?.type === 'Person' ? named : undefined;
}

/** Rewrites the drafts in place, removing the ones that go. */
export function creditQuotedSayings(text: string, doc: NlpDocument, drafts: DraftClaim[], registry: EntityRegistry): void {
  const dropped = new Set<DraftClaim>();
  for (const d of drafts) {
    if (d.lemma !== 'quote' || !d.verbSpan) continue;
    const sentence = sentenceAt(doc, d.verbSpan.start);
    if (!sentence) continue;
    const tree = DependencyTree.of(sentence);
    const cue = sentence.tokens.find((t) => t.start === d.verbSpan!.start)!.index;
    const found = quotedSayings(tree, cue)[0];
    if (found?.quoted === undefined) continue;
    const saying = tree.token(found.saying).start;
    for (const other of drafts) if (other !== d && other.verbSpan?.start === saying) dropped.add(other);
    const phrase = speakerPhrase(text, tree, found.quoted);
    const speaker =
      registry.at(tree.token(found.quoted).start) ??
      nameSetOffAfter(tree, found.quoted, registry) ??
      d.quotedPerson ??
      (phrase && entityOfSource(registry, phrase, text));
    if (!speaker || isOutlet(speaker) || !found.said) {
      dropped.add(d);
      continue;
    }
    d.via = [...d.claimants.filter(isOutlet), ...d.via];
    d.claimants = [speaker];
    d.content = found.said;
    d.evidence = { start: Math.min(d.evidence.start, found.said.start), end: Math.max(d.evidence.end, found.said.end) };
    d.verb = 'quoted as saying';
    d.lemma = 'say';
    // "quoted X as saying Sunday that S": the day hangs on the saying, not on the quoting.
    d.dateSpan ??= cueDateSpan(tree, found.saying, text);
    if (d.quote && (d.quote.start < found.said.start - 1 || d.quote.end > found.said.end + 1)) delete d.quote;
  }
  const kept = drafts.filter((d) => !dropped.has(d));
  drafts.splice(0, drafts.length, ...kept);
}
