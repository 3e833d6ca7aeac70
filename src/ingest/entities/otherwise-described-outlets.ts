/**
 * "Free Press, a media reform group, said S": a short name the gazetteer knows only as another name of an
 * outlet (the Detroit Free Press) is the body the text describes when an appositive right after it calls
 * it a group, a nonprofit, a coalition … Every mention of the name in the text is then that body's; an
 * appositive that calls it a paper or a site, or the outlet's own full name ("the Detroit Free Press, a
 * Gannett paper"), leaves the outlet.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { lookupKnownName } from './gazetteer.ts';
import { mentionTop } from './mention-top.ts';

const NON_MEDIA_BODY =
  /^(?:group|organi[sz]ation|nonprofit|non-profit|coalition|alliance|watchdog|charity|foundation|association|campaign|tank|institute|union|party|movement|lobby|advocate)$/;

/** Names of the text that the gazetteer would take for an outlet by an alias but an appositive calls another body. */
export function namesDescribedAsOtherBodies(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const m of s.entityMentions) {
      const name = m.text.replace(/^the\s+/i, '');
      const known = lookupKnownName(name);
      if (known?.kind !== 'MEDIA' || known.name.toLowerCase() === name.toLowerCase()) continue;
      if (s.tokens[m.tokenEnd - 1]?.word !== ',') continue;
      const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
      const appositive = top === undefined ? undefined : tree.child(top, 'appos');
      if (appositive === undefined || appositive < m.tokenEnd) continue;
      const head = tree.token(appositive);
      if (/^NNS?$/.test(head.pos) && NON_MEDIA_BODY.test(head.word.toLowerCase())) names.add(name);
    }
  }
  return names;
}
