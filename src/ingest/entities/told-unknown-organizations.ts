/**
 * "Roads flooded, the BBC reports. The mayor told NRK that S": in a text that retells a known outlet's
 * report, an organization name the gazetteer does not know that someone tells a claim (the object of
 * "tell"), tagged an organization or left untagged and capitalised ("told the Tages-Anzeiger", "told SVT"),
 * is the outlet they spoke to, as "told the Guardian" is. A name with a body's head word
 * ("the Farmers Union", "the Senate Committee") is left out, as is any name in a text that credits no
 * outlet the gazetteer knows before it: political news tells claims to boards and firms more often.
 */
import { lookupKnownName, organizationKindOfHead, isOutlet } from './gazetteer.ts';
import { mentionTop } from './mention-top.ts';
import type { SentenceListeners } from './told-listeners.ts';
import type { NlpSentence } from '../nlp/types.ts';
import type { DependencyTree } from '../attribution/tree.ts';

/** Unknown organization names told a claim after a known outlet was named. */
export function toldUnknownOrganizations(told: SentenceListeners[]): Set<string> {
  const names = new Set<string>();
  let outletNamed = false;
  for (const { sentence, tree, listeners } of told) {
    if (outletNamed)
      for (const m of sentence.entityMentions) {
        if (m.ner !== 'ORGANIZATION' || lookupKnownName(m.text)) continue;
        if (organizationKindOfHead(m.text.split(/[\s-]+/).at(-1) ?? '')) continue;
        const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
        if (top !== undefined && listeners.has(top)) names.add(m.text);
      }
    if (outletNamed) for (const name of untaggedListenerNames(sentence, tree, listeners)) names.add(name).add(`the ${name}`);
    // "the Guardian reports": NER may leave a known outlet's one-word name untagged.
    const named = [...sentence.entityMentions.map((m) => m.text), ...sentence.tokens.filter((t) => t.pos === 'NNP').map((t) => t.word)];
    if (named.some(knownOutlet)) outletNamed = true;
  }
  return names;
}

/** "told the Tages-Anzeiger", "told SVT": a listener of capitalised words NER left untagged, hyphens kept. */
function untaggedListenerNames(sentence: NlpSentence, tree: DependencyTree, listeners: Map<number, string>): string[] {
  const names: string[] = [];
  for (const listener of listeners.keys()) {
    const words = tree.subtree(listener).map((i) => sentence.tokens[i - 1]);
    const named = words[0]?.word.toLowerCase() === 'the' ? words.slice(1) : words;
    if (!named.length || named.some((t) => t.ner !== 'O' || !(/^NNP/.test(t.pos) || t.word === '-'))) continue;
    if (named.some((t, k) => k > 0 && t.start !== named[k - 1].end && (t.word === '-' || named[k - 1].word === '-'))) continue;
    const name = named.map((t, k) => (k > 0 && t.start > named[k - 1].end ? ' ' : '') + t.word).join('');
    if (!lookupKnownName(name) && !organizationKindOfHead(named.at(-1)!.word)) names.push(name);
  }
  return names;
}

function knownOutlet(name: string): boolean {
  const known = lookupKnownName(name);
  return known !== undefined && isOutlet(known);
}
