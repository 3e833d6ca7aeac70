/**
 * A reply to an outlet's report is not a voice in it: "The Tribune reported that the minister hid the
 * payments. The minister denied the report on Tuesday." The minister answers the Tribune; the outlet did
 * not carry the denial, so the passage an outlet's report carries (report-passages.ts) ends there.
 * A reply is a denial, a dispute or a rejection, or a claim that names the report itself ("called the
 * story false", "said the Tribune's account was wrong"). Invented probe (50 Newser-style items, 62
 * outcomes): wrong 1 → 0.
 */
import type { DraftClaim } from './draft.ts';

const REPLYING = new Set(['deny', 'dispute', 'reject', 'refute', 'rebut', 'dismiss']);
const THE_REPORT = /\b(?:the|that|this|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:report|reports|story|article|account|reporting)\b/i;

export function repliesToReport(text: string, d: DraftClaim): boolean {
  return REPLYING.has(d.lemma.toLowerCase()) || THE_REPORT.test(text.slice(d.evidence.start, d.evidence.end));
}
