/** What the no-claim filters read of a reading: its sentence, its frame and its cue. */
export interface CueReading {
  sentence: number;
  frame: string;
  cue: { token: number; lemma: string };
}
