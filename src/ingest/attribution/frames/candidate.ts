/** What a frame proposes: a cue, its frame, its content and its source, in one sentence (frames.ts). */
export type Frame =
  | 'ccomp' // X said (that) S
  | 'parataxis' // S, X said
  | 'ccomp-of' // "S," said X — the cue hangs below its content as ccomp/advcl
  | 'xcomp' // X declined to comment; X urged Y to S
  | 'obj' // X endorsed Y; X announced his run
  | 'according' // according to X, S
  | 'quote' // "S." X said — the cue has no complement; the sentence's quote is the content
  | 'nsubj-clause' // What X said was S / S, X's statement says
  | 'noun-of' // X's criticism of S; her message about S
  | 'noun-to' // X's proposal to S
  | 'obl' // X called for S; X is critical of S
  | 'passive' // S was first reported by X
  | 'advcl-to' // X calls on the US to S
  | 'colon'; // Headline: "Graham: Trump's rhetoric is destroying the party"

export interface Candidate {
  sentence: number;
  /** Cue token (1-based in its sentence) and its lemma. */
  cue: number;
  lemma: string;
  frame: Frame;
  content: number[];
  /** Head token of the source phrase, in the same sentence; undefined when the tree gives none. */
  source?: number;
  /** The content is the quotation that opens the next sentence ('X said: "S."'); `content` is empty. */
  forward?: boolean;
  /** The content is the quotation that closes the previous sentence ('"S." Weaver said.'); `content` is empty. */
  backward?: boolean;
}
