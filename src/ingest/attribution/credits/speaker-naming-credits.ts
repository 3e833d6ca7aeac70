/**
 * A closing credit that names its own speaker: "Keller plans to run, CNN reports, citing two aides"
 * (the outlet's report, made the aides' claim through CNN by cited-speakers.ts) and "The mayor is weighing
 * a run, a person close to her told the AP" (familiar-speakers.ts). The credit tells who spoke, so the
 * sentence's subject said nothing of the act or plan it closes: like an outlet's own report
 * ("…, the AP reports"; also "according to a transcript obtained by Bloomberg", which handled-paper-credits.ts
 * makes the outlet's), it removes the subject's reading of a bare act (reported-acts.ts).
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import type { ResolvedSource } from '../sources/sources.ts';
import { closesWithPronounQualifiedSpeaker } from './familiar-speakers.ts';

/** Whether `a` is a credit naming its own speaker: a cited outlet report's, or an unnamed source close to someone; see above. */
export function namesOwnSpeaker(doc: NlpDocument, a: Attribution, isOutlet: (source: ResolvedSource) => boolean): boolean {
  const citedReport = a.credit !== undefined && a.via.length === 1 && isOutlet(a.via[0]);
  return citedReport || closesWithPronounQualifiedSpeaker(doc, a);
}
