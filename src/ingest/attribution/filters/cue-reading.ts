import type { SourceType } from '../sources/name-mentions.ts';

/** What the no-claim filters read of a reading: its sentence, its frame, its cue and, once named, its claimants' kinds. */
export interface CueReading {
  sentence: number;
  frame: string;
  cue: { token: number; lemma: string };
  claimants?: readonly { type: SourceType }[];
}
