/**
 * Information given through a medium the sentence names — "In a message on the ministry's Facebook
 * page, authorities provided instructions on getting to the border", "In a statement, the company
 * gave details of the deal" — is a claim although its verb reports nothing: the medium makes it one.
 * The content is what was given (the verb's object and what follows it). Plural "authorities" or
 * "officials" speaking through a body's own medium ("on the ministry's page") are that body.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { organizationKindOfHead } from '../../entities/gazetteer.ts';
import { cueOf, type FoundAttribution } from '../find.ts';
import { DependencyTree } from '../tree.ts';

/** Verbs of giving information. */
const GIVING = new Set(['provide', 'give', 'offer', 'share', 'issue', 'publish', 'post', 'outline', 'detail', 'list']);
/** What a body or person writes or records to speak. */
const MEDIA = new Set([
  'message',
  'statement',
  'post',
  'posting',
  'letter',
  'video',
  'tweet',
  'email',
  'release',
  'notice',
  'update',
  'bulletin',
]);
/** Speakers who stand for the body whose medium they use. */
const STAND_INS = new Set(['authority', 'official']);
/** Below the model's threshold, information given through a named medium counts this much. */
const MEDIUM_CONFIDENCE = 0.6;

export function mediumClauses(doc: NlpDocument): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const sentence of doc.sentences) {
    if (!sentence.dependencies.length) continue;
    const tree = DependencyTree.of(sentence);
    for (const cue of sentence.tokens) {
      if (!/^VB[DPZ]?$/.test(cue.pos) || !GIVING.has(cue.lemma.toLowerCase())) continue;
      const object = tree.child(cue.index, 'obj');
      const subject = tree.child(cue.index, /^nsubj$/);
      const medium = tree
        .children(cue.index, 'obl')
        .find(
          (o) => MEDIA.has(tree.token(o).lemma.toLowerCase()) && tree.children(o, 'case').some((k) => /^in$/i.test(tree.token(k).word)),
        );
      if (object === undefined || subject === undefined || medium === undefined || object < cue.index) continue;
      const around = new Set([...tree.subtree(medium), ...tree.subtree(subject)]);
      const given = tree.subtree(cue.index).filter((t) => t >= object && !around.has(t));
      const span = tree.span(given);
      if (!span || given.length < 2) continue;
      out.push({
        sentence: sentence.index,
        cue: cueOf(cue),
        frame: 'obj',
        content: [span],
        source: mediumOwner(tree, subject, medium) ?? subject,
        confidence: MEDIUM_CONFIDENCE,
      });
    }
  }
  return out;
}

/** "authorities … in a message on the ministry's page": the body whose page it is. */
function mediumOwner(tree: DependencyTree, subject: number, medium: number): number | undefined {
  if (!STAND_INS.has(tree.token(subject).lemma.toLowerCase()) || !/^NNS$/.test(tree.token(subject).pos)) return undefined;
  const places = [medium, ...tree.children(medium, 'nmod')];
  return places
    .flatMap((p) => tree.children(p, 'nmod:poss'))
    .find((o) => tree.token(o).ner === 'ORGANIZATION' || organizationKindOfHead(tree.token(o).word) !== undefined);
}
