/** One attribution read off a parse: its sentence, cue, frame, content, source and the model's confidence. */
import type { Frame } from './frames/candidate.ts';
import type { TextSpan } from '../text/spans.ts';

export interface FoundAttribution {
  sentence: number;
  cue: { token: number; lemma: string; span: TextSpan };
  frame: Frame;
  /** The content as character spans. */
  content: TextSpan[];
  /** The source's head token in the cue's sentence. */
  source: number;
  /** The model's estimate that this candidate attributes. */
  confidence: number;
  /** Read off a sentence's closing words (", CNN reports."): kept only when its source is an outlet. */
  closingCredit?: boolean;
  /** A source only a report makes one ("Meteorologists expect S, according to X"): kept only inside an outlet's or office's report. */
  reportedOnly?: boolean;
}
