/**
 * An outlet's regional edition: "BBC Scotland reports", "CNN Philippines said". The tagger makes the
 * outlet's name an organization and the place after it a place of its own, so the credit went to the
 * place (or to the network). The two mentions are one outlet's name when the outlet's word modifies the
 * place's (a compound inside one noun phrase); "told CNN Russia was …", which the parser also reads as
 * one phrase, has the place as the subject of the clause told and stays two.
 */
import type { NlpDocument, NlpEntityMention, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { lookupKnownName } from './gazetteer.ts';

const PLACE_NER = /^(?:LOCATION|COUNTRY|STATE_OR_PROVINCE|CITY)$/;
const EDITION_WORD = /^\p{Lu}[\p{L}-]*$/u;

const isKnownOutlet = (name: string) => lookupKnownName(name.replace(/^the\s+/i, ''))?.kind === 'MEDIA';

/** The document with each outlet mention joined to the place naming its edition. */
export function joinOutletEditions(doc: NlpDocument, text: string): NlpDocument {
  return { ...doc, sentences: doc.sentences.map((s) => joinSentence(s, text)) };
}

/** "BBC Scotland": a known outlet's name and one or two capitalised words after it name its edition, an outlet too. */
export function isOutletEditionName(name: string): boolean {
  const words = name.split(/\s+/);
  for (let rest = 1; rest <= 2 && rest < words.length; rest++) {
    const edition = words.slice(-rest);
    if (edition.every((w) => EDITION_WORD.test(w)) && isKnownOutlet(words.slice(0, -rest).join(' '))) return true;
  }
  return false;
}

function isEdition(tree: DependencyTree, outlet: NlpEntityMention, place: NlpEntityMention): boolean {
  if (outlet.ner !== 'ORGANIZATION' || !PLACE_NER.test(place.ner) || outlet.tokenEnd !== place.tokenBegin) return false;
  if (place.tokenEnd - place.tokenBegin > 2 || !isKnownOutlet(outlet.text)) return false;
  const placeHead = place.tokenEnd - 1;
  const outletLast = outlet.tokenEnd - 1;
  if (tree.relation(outletLast) !== 'compound' || tree.head(outletLast) !== placeHead) return false;
  // "told CNN Russia was …": after "told", a verb right after the place makes the place the reported clause's subject.
  const before = tree.token(outlet.tokenBegin - 1);
  const after = tree.token(place.tokenEnd);
  return !(before?.lemma === 'tell' && after && /^(VB|MD)/.test(after.pos));
}

function joinSentence(sentence: NlpSentence, text: string): NlpSentence {
  const tree = DependencyTree.of(sentence);
  const tokens = [...sentence.tokens];
  const mentions: NlpEntityMention[] = [];
  for (const m of sentence.entityMentions) {
    const before = mentions.at(-1);
    if (before && isEdition(tree, before, m)) {
      for (let i = m.tokenBegin; i < m.tokenEnd; i++) tokens[i - 1] = { ...tokens[i - 1], ner: 'ORGANIZATION' };
      mentions[mentions.length - 1] = { ...before, tokenEnd: m.tokenEnd, end: m.end, text: text.slice(before.start, m.end) };
      continue;
    }
    mentions.push(m);
  }
  return mentions.length === sentence.entityMentions.length ? sentence : { ...sentence, tokens, entityMentions: mentions };
}
