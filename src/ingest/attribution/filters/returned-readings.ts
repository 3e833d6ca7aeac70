/**
 * "Progressives tend to favor X, which they argue S": the outer reading ("tend", content "to favor X, which they argue
 * S") pushed out the nested one ("favor", content X) as the likelier of two overlapping readings, and then gave way
 * itself to the clearly likelier "argue" it swallowed (swallowed-speakers.ts). What it pushed out, or what lost to it
 * ("It was then that X ratcheted up his attacks on Y, pointing to S"), or the same cue's reading it set aside ("echoed
 * the remarks, saying S": the object alone), comes back where nothing left overlaps it but readings nested one in the other.
 */
import { holdsCue, spansOverlap, type TextSpan } from '../find.ts';

interface Reading {
  cue: { span: TextSpan };
  content: TextSpan[];
}

/** `left` (what `kept` keeps after the swallowers went) with the readings the removed ones had pushed out or beaten. */
export function returnedReadings<A extends Reading>(kept: A[], left: A[], pushedOut: Map<A, A[]>): A[] {
  const returned: A[] = [];
  for (const gone of kept.filter((a) => !left.includes(a))) {
    for (const back of pushedOut.get(gone) ?? []) {
      const standing = [...left, ...returned];
      if (standing.some((k) => spansOverlap(k.content, back.content) && !holdsCue(k, back) && !holdsCue(back, k))) continue;
      returned.push(back);
    }
  }
  return [...left, ...returned];
}
