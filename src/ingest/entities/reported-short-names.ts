/**
 * "The council voted to ban leaf blowers, the Hartford Courant reports. … 'S,' said X, the Courant reports.":
 * the short name a later credit shows to be an outlet (reporting-outlets.ts) is the full name that reported
 * before under the same last word, though that first report, a plain fact, did not show it. Both names then
 * stand for one outlet, so the first report is the outlet's own claim and "the paper" finds it.
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { reportingNames } from './told-short-names.ts';

/** Each full reporting name whose last word is one of `shortNames`, with that short name. */
export function reportedFullNames(doc: NlpDocument, shortNames: Set<string>): Map<string, string> {
  const full = new Map<string, string>();
  for (const sentence of doc.sentences)
    for (const words of reportingNames(DependencyTree.of(sentence))) {
      const last = words.at(-1)!;
      if (shortNames.has(last)) full.set(words.join(' '), last);
    }
  return full;
}
