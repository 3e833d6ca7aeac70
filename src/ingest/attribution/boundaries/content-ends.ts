/**
 * The boundary rules cut a content short at a semicolon, a clause or a joined verb, but only when
 * enough of it stays to still say something: these helpers hold that check, and the readings that
 * rules cutting a content's close after its cue go through, in one place.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { DependencyTree } from '../tree.ts';

/** How many words a stretch of text holds. */
export function wordCount(stretch: string): number {
  return stretch.trim().split(/\s+/).length;
}

/** Ends the reading's last content span at `end` (in place) if at least `minWords` words stay; says whether it did. */
export function endLastSpanAt(text: string, reading: { content: TextSpan[] }, end: number, minWords: number): boolean {
  const last = reading.content.at(-1)!;
  if (wordCount(text.slice(last.start, end)) < minWords) return false;
  reading.content = [...reading.content.slice(0, -1), { start: last.start, end }];
  return true;
}

/** A reading as the rules cutting its content at a mark in the text take it (a line break, a semicolon): its cue's words and the content. */
export interface TextReading {
  cue: { span: TextSpan };
  content: TextSpan[];
  continued?: boolean;
}

/** A reading as the rules cutting its content's close take it: its cue's token and words, and the content. */
export interface CueFirstReading extends TextReading {
  sentence: number;
  cue: { token: number; span: TextSpan };
}

/**
 * Each reading whose content follows its cue ("said S", not "S, she said") and is not a quotation's
 * continuation, with its last content span, its sentence's tree and whether a token lies in that span.
 */
export function* contentsAfterCues<R extends CueFirstReading>(
  doc: NlpDocument,
  readings: R[],
): Generator<{ reading: R; last: TextSpan; tree: DependencyTree; inContent: (token: number) => boolean }> {
  for (const reading of readings) {
    const last = reading.content.at(-1);
    if (reading.continued || !last || reading.cue.span.end > reading.content[0].start) continue;
    const tree = DependencyTree.of(doc.sentences[reading.sentence]);
    const inContent = (i: number) => last.start <= tree.token(i).start && tree.token(i).end <= last.end;
    yield { reading, last, tree, inContent };
  }
}
