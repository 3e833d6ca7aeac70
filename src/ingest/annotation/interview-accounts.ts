/**
 * The account after an interview's colon. News summaries retell what someone told an outlet in
 * sentences of their own and name the speaker only now and then:
 *
 *   An escaped prisoner told his story to CNN: He and his brother were handcuffed ... They were
 *   thrown into a warehouse ... The detainees were given no food, said Muneer Own. ... About 25
 *   people were able to escape, Own said; his brother was not one of them.
 *
 * The teller is the person whose claims the interview's passage credits to the outlet (outlet-passages.ts);
 * the sentences and semicolon clauses from the colon to the end of the sentence holding the teller's
 * last such claim in the paragraph, where no claim stands already, are the teller's claims through
 * the outlet, as are the uncredited claims of groups and institutions the teller retells there
 * ("the troops said they would set them free"). Without a later claim of a person through the outlet, a
 * teller named as the telling's subject ("Maria Lopez told her story to CNN: ...") tells the rest of the
 * paragraph up to another speaker's own claim; an unnamed one ("A nurse told ...") tells nothing, nor does
 * an interview without a colon.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpSentence } from '../nlp/types.ts';
import type { TextSpan } from '../text/spans.ts';
import type { DraftClaim, DraftContext } from './draft.ts';
import type { Interview } from './outlet-passages.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

/** A clause shorter than this many words is a fragment, not an account ("Finally:"). */
const MIN_WORDS = 3;

export function interviewAccounts({ text, doc, drafts, paragraphs }: DraftContext, interviews: Interview[]): void {
  for (const interview of interviews) {
    const paragraph = paragraphs[interview.paragraph];
    if (interview.afterColon === undefined || !paragraph) continue;
    const credited = drafts
      .filter((d) => d.evidence.start >= interview.at && d.evidence.end <= paragraph.end && d.via.includes(interview.outlet))
      .filter((d) => d.claimants.length > 0 && d.claimants.every((c) => c.type === 'Person'))
      .sort((a, b) => a.evidence.start - b.evidence.start);
    const teller = interview.teller ? [interview.teller] : credited[0]?.claimants;
    if (!teller) continue;
    const sentences = doc.sentences.filter((s) => sentenceEnd(s) > interview.afterColon! && s.tokens[0].start < paragraph.end);
    const tellers = credited.filter((d) => d.claimants[0] === teller[0]);
    const last = tellers.length ? lastCredited(sentences, tellers) : lastUntold(sentences, drafts, teller);
    if (!last) continue;
    const intro = sentenceAt(doc, interview.at)!;
    let opening = true;
    for (const sentence of sentences.filter((s) => s.index <= last.index)) {
      for (const clause of clauses(sentence, interview.afterColon)) {
        const first = opening;
        opening = false;
        const inside = drafts.filter((d) => d.evidence.start < clause.end && clause.start < d.evidence.end);
        if (!inside.every((d) => retold(d, teller))) continue;
        for (const d of inside) drafts.splice(drafts.indexOf(d), 1);
        insertInOrder(drafts, {
          claimants: [...teller],
          verb: text.slice(interview.verb.start, interview.verb.end),
          lemma: 'tell',
          verbSpan: interview.verb,
          // The opening clause is read with its introduction, as a claim is with its cue and speaker.
          evidence: first ? { start: intro.tokens[0].start, end: clause.end } : clause,
          content: clause,
          via: [interview.outlet],
          paragraph: interview.paragraph,
          unit: sentence.tokens[0].start,
        });
      }
    }
  }
}

const sentenceEnd = (s: NlpSentence) => s.tokens.at(-1)!.end;

/** The sentence holding the teller's last claim credited to the outlet. */
function lastCredited(sentences: NlpSentence[], tellers: DraftClaim[]): NlpSentence | undefined {
  const lastEnd = Math.max(...tellers.map((d) => d.evidence.end));
  return sentences.find((s) => s.tokens[0].start <= lastEnd && lastEnd <= sentenceEnd(s));
}

/**
 * A teller named before the colon and never credited again ("Maria Lopez told her story to CNN: S1. S2."):
 * the account runs to the paragraph's end, or to the sentence before another speaker's own claim.
 */
function lastUntold(sentences: NlpSentence[], drafts: DraftClaim[], teller: EntityRecord[]): NlpSentence | undefined {
  let last: NlpSentence | undefined;
  for (const s of sentences) {
    const own = drafts.filter((d) => d.evidence.start < sentenceEnd(s) && s.tokens[0].start < d.evidence.end);
    if (!own.every((d) => retold(d, teller))) break;
    last = s;
  }
  return last;
}

/**
 * "Finally, the troops said they would set them free": inside the account, what others said
 * without a credit of their own is the teller's retelling, not their own claim.
 */
function retold(draft: DraftClaim, teller: EntityRecord[]): boolean {
  return draft.via.length === 0 && !draft.claimants.some((c) => teller.includes(c) || isOutlet(c) || c.type === 'Person');
}

/** The sentence's clauses between semicolons, from `from` on, without their closing punctuation; fragments left out. */
function clauses(sentence: NlpSentence, from: number): TextSpan[] {
  const out: TextSpan[] = [];
  let current: NlpSentence['tokens'] = [];
  const flush = () => {
    const words = current.filter((t) => /\w/.test(t.word));
    if (words.length >= MIN_WORDS && current.some((t) => t.pos.startsWith('VB')))
      out.push({ start: words[0].start, end: words.at(-1)!.end });
    current = [];
  };
  for (const token of sentence.tokens) {
    if (token.start < from) continue;
    if (token.word === ';') flush();
    else current.push(token);
  }
  flush();
  return out;
}

/** Drafts stay in text order: the new one goes before the first that starts after it. */
function insertInOrder(drafts: DraftClaim[], draft: DraftClaim): void {
  const at = drafts.findIndex((d) => d.evidence.start > draft.evidence.start);
  if (at < 0) drafts.push(draft);
  else drafts.splice(at, 0, draft);
}
