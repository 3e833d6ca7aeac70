/** The verbs of an outlet's credit closing a sentence ("…, the BBC reports", "…, notes the Post"), by lemma. */
export const CREDIT_VERBS = new Set(['report', 'note', 'say', 'add', 'write', 'explain', 'point', 'find']);
