/**
 * A verb that takes another verb as its content ("declined to comment on the audit", "kept asking
 * her why", "went on to praise the mayor") is read twice: once with the whole "to comment on the
 * audit" as its content, and once through the inner cue with its own content. PolNeAR marks one
 * attribution there, with both verbs in its cue and the inner verb's content; the inner reading
 * matches it and the outer one matches nothing. So the outer reading gives way when its content
 * opens with the inner cue and holds the inner content.
 */
import type { TextSpan } from '../../text/spans.ts';

interface Reading {
  frame: string;
  cue: { span: TextSpan };
  content: TextSpan[];
}

const CONTROLLING_FRAMES = new Set(['xcomp', 'advcl-to']);
/** What may stand between the outer content's start and the inner cue: "to", "not to", "on to". */
const LEAD = /^(?:(?:not|on|and)\s+)?(?:to\s+)?$/;

/** `kept` without outer readings whose content is another kept reading's cue and content. */
export function withoutControllingReadings<A extends Reading>(text: string, kept: A[]): A[] {
  const controls = (outer: A) => {
    if (!CONTROLLING_FRAMES.has(outer.frame)) return false;
    const start = outer.content[0].start;
    const end = outer.content.at(-1)!.end;
    return kept.some(
      (inner) =>
        inner !== outer &&
        start <= inner.cue.span.start &&
        inner.cue.span.start < outer.content[0].end &&
        LEAD.test(text.slice(start, inner.cue.span.start)) &&
        inner.content.every((s) => start <= s.start && s.end <= end),
    );
  };
  return kept.filter((a) => !controls(a));
}
