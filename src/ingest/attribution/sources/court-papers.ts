/**
 * Court papers speak like the documents the cue lexicon already knows ("the lawsuit says", "the
 * filing says"): "The order cited no precedent and did not say who had filed the motion". The
 * lexicon learned too few of them on PolNeAR train to count them. Train: 2 more right, 2 more
 * matching nothing (a second reading of one order), none wrong; dev 1 more right. "complaint" is
 * left out: it is mostly a grievance ("another complaint is that S").
 */
const COURT_PAPERS = new Set(['order', 'ruling', 'indictment', 'verdict', 'brief']);

/** A court paper's lemma ("order", "ruling", "indictment"). */
export function isCourtPaper(lemma: string): boolean {
  return COURT_PAPERS.has(lemma);
}
