/**
 * Attributions (the attribution stage's output) become draft claims over registry entities:
 * claimants and outlets as records, the verb as written ("has told"), the clause as evidence, the
 * quotation inside the content; then outlets spread as the article's credits do — a credit closing a
 * sentence (", Reuters reports.") covers the paragraph's uncredited claims before it (in an earlier sentence, not
 * one that says where it was published: published-claims.ts), and a speaker's
 * next claim keeps the outlet of the previous one unless said elsewhere (other-occasions.ts), and so does "one of the
 * officials" after the officials (partitive-speakers.ts); neither crosses a sentence
 * opened by "Meanwhile" or "Separately" (thread-openers.ts); "X said, per the AP" gives X's saying the AP (per-credited-sayings.ts);
 * interviews and an outlet's own report: outlet-passages.ts;
 * papers an outlet reports on ("ledgers show S, the Tribune reports"), last: outlet-documents.ts.
 */
import type { Attribution } from '../attribution/index.ts';
import { findQuotes } from '../attribution/quotes/quotes.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { entityOfSource } from '../entities/source-entities.ts';
import { namesNoOutlet } from '../entities/bare-outlet-nouns.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import type { Paragraph, TextSpan } from '../text/spans.ts';
import type { DraftClaim } from './draft.ts';
import { claimDate } from './claim-dates.ts';
import { sameOccasionDays } from './same-occasion-days.ts';
import { alsoSaidDays } from './also-said-days.ts';
import { nextSayingDays } from './next-saying-days.ts';
import { splitJoinedClauses } from './joined-clauses.ts';
import { outletDocuments } from './outlet-documents.ts';
import { closingReportPhrases } from './closing-report-phrases.ts';
import { creditPhrases } from './outlet-phrases.ts';
import { outletOwnReports } from './outlet-passages.ts';
import { creditQuotedSayings } from './quoted-as-saying.ts';
import { reportPassages } from './report-passages.ts';
import { outletPieces } from './outlet-pieces.ts';
import { outletBylineVia } from './outlet-bylines.ts';
import { outletStaffClaims } from './outlet-staff.ts';
import { askedGroups } from './asked-groups.ts';
import { namesWherePublished } from './published-claims.ts';
import { claimlessSentenceBetween } from './claimless-sentences.ts';
import { closesOnScoopCredit } from './scoop-credits.ts';
import { reportingLemma } from './verbs.ts';
import { isToldOrder } from './told-orders.ts';
import { saidOnOwnOccasion } from './other-occasions.ts';
import { describesPreviousSpeaker, followsOtherOutlet } from './earlier-outlet-credits.ts';
import { opensNewThread, threadOpenedBetween } from './thread-openers.ts';
import { creditPerPhrasesToSayings } from './per-credited-sayings.ts';
import { namesMemberOfPreviousGroup } from './partitive-speakers.ts';
import { withoutHeadlineRepeats } from './headline-repeats.ts';
import { spokenByOtherOutletsWork } from './other-outlet-works.ts';

export function draftClaims(
  text: string,
  doc: NlpDocument,
  attributions: Attribution[],
  registry: EntityRegistry,
  paragraphs: Paragraph[],
): DraftClaim[] {
  const quotes = findQuotes(text);
  // A claim whose every claimant names nobody ("others said", "his advisers said") is dropped.
  const drafts = attributions.flatMap((a): DraftClaim[] => {
    const sourced = a.claimants.map((c) => ({ span: c.mention, entity: entityOfSource(registry, c, text) }));
    let claimants = unique(defined(sourced.map((s) => s.entity)));
    let via = unique(defined(a.via.filter((v) => !namesNoOutlet(registry, v)).map((v) => entityOfSource(registry, v))));
    // "Many remain unidentified, notes the Washington Post": no one speaks there but the outlet.
    if (!claimants.length && via.length === 1 && isOutlet(via[0]) && !reportingLemma(text.slice(a.cue.span.start, a.cue.span.end))) {
      claimants = via;
      via = [];
    }
    if (!claimants.length) return [];
    const sentence = doc.sentences[a.sentence];
    const tree = DependencyTree.of(sentence);
    if (isNaming(tree, a) || isToldOrder(tree, a)) return [];
    const content = { start: a.content[0].start, end: a.content.at(-1)!.end };
    const named = a.claimants.filter((c) => !c.resolved).map((c) => c.mention);
    const clause = a.continued ? content : hull([content, a.cue.span, ...named]);
    const date = claimDate(a, tree, content, text, doc, paragraphs);
    const quote = quotes
      .filter((q) => q.start >= content.start - 1 && q.end <= content.end + 1)
      .sort((x, y) => y.end - y.start - (x.end - x.start))[0];
    const draft: DraftClaim = {
      claimants,
      verb: a.frame === 'according' ? 'according to' : verbAsWritten(text, tree, a.cue.token),
      lemma: a.frame === 'according' ? 'according to' : a.cue.lemma,
      verbSpan: a.cue.span,
      ...date,
      evidence: clause,
      content,
      ...(quote ? { quote } : {}),
      via,
      paragraph: paragraphs.findIndex((p) => p.start <= a.cue.span.start && a.cue.span.start < p.end),
      unit: sentence.tokens[0].start,
      creditedUnit: a.credit === 'closing',
      confidence: a.confidence,
      sourceMentions: a.claimants.map((c) => c.mention),
      claimantPhrases: sourced.flatMap(({ span, entity }) => (entity ? [{ entity, span }] : [])),
      ...(a.quoted ? { quotedPerson: entityOfSource(registry, a.quoted, text) } : {}),
    };
    return splitJoinedClauses(draft, tree);
  });
  sameOccasionDays(text, drafts);
  alsoSaidDays(text, drafts);
  nextSayingDays(doc, drafts);
  creditQuotedSayings(text, doc, drafts, registry);
  creditPerPhrasesToSayings(text, drafts);
  outletOwnReports(doc, drafts);
  // "Per the news site Crikey, two councils are drafting rules": an act the "per" phrase credits is the outlet's own.
  outletOwnReports(doc, creditPhrases(doc, drafts, registry));
  outletBylineVia(text, drafts, registry);
  spreadVia(text, doc, drafts, registry);
  outletStaffClaims(drafts, registry);
  // Before the passages: "Video obtained by CNN shows S" is CNN's own report, and carries the people after it.
  outletDocuments(text, drafts, registry);
  reportPassages(text, doc, drafts);
  const drafted = { text, doc, drafts, registry, paragraphs };
  outletPieces(drafted);
  askedGroups(drafted);
  closingReportPhrases(text, drafts, registry);
  return withoutHeadlineRepeats(text, drafts, paragraphs);
}

function spreadVia(text: string, doc: NlpDocument, claims: DraftClaim[], registry: EntityRegistry): void {
  claims.forEach((claim, i) => {
    const previous = claims[i - 1];
    if (claim.via.length || !previous?.via.length) return;
    const sameSpeaker = previous.claimants[0] === claim.claimants[0] || describesPreviousSpeaker(text, claim, previous);
    if (!sameSpeaker && !namesMemberOfPreviousGroup(text, claim, previous)) return;
    if (claim.unit !== previous.unit && opensNewThread(text, claim.unit)) return;
    // "He told KGW S1. He said in a 2014 interview S2": the next claim was said elsewhere.
    if (!saidOnOwnOccasion(text, doc, claim, previous.via)) claim.via = [...previous.via];
  });
  claims.forEach((claim, i) => {
    if (!claim.creditedUnit || claim.via.length === 0 || closesOnScoopCredit(text, claim)) return;
    let laterUnit = claim.unit;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = claims[j];
      // An outlet's, or the crediting office's, own claim ends the reach ("…, according to a Kremlin readout. S, the Kremlin said").
      const own = earlier.claimants.every(isOutlet) || earlier.claimants.some((c) => claim.via.includes(c));
      if (earlier.paragraph !== claim.paragraph || earlier.via.length > 0 || earlier.creditedUnit || own) break;
      if (followsOtherOutlet(claims, j, claim.via)) break;
      if (spokenByOtherOutletsWork(registry, earlier, claim.via)) break;
      if (earlier.unit !== claim.unit && namesWherePublished(text, earlier)) break;
      if (claimlessSentenceBetween(doc, claims, earlier, laterUnit)) break;
      if (threadOpenedBetween(text, doc, earlier.unit, laterUnit) !== undefined) break;
      earlier.via = [...claim.via];
      laterUnit = earlier.unit;
    }
  });
}

/** "what it called \"nationalists\"", "what he calls a hoax": the speaker names a thing, and claims nothing. */
function isNaming(tree: DependencyTree, a: Attribution): boolean {
  return a.cue.lemma === 'call' && tree.children(a.cue.token).some((t) => /^what$/i.test(tree.token(t).word));
}

/** "has told", "had offered": the verb with the perfect auxiliary written before it. */
function verbAsWritten(text: string, tree: DependencyTree, cue: number): string {
  const aux = tree.children(cue, 'aux').filter((a) => a < cue && /^(has|have|had)$/i.test(tree.token(a).word));
  const start = aux.length ? tree.token(Math.min(...aux)).start : tree.token(cue).start;
  return text.slice(start, tree.token(cue).end);
}

function hull(spans: TextSpan[]): TextSpan {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function defined<T>(items: Array<T | undefined>): T[] {
  return items.filter((x): x is T => x !== undefined);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
