/** Which outlet a stretch of text names: "Rebels told the Tribune" → the Tribune, when the span is "the Tribune". */
import type { EntityRecord } from '../entities/registry.ts';
import type { TextSpan } from '../text/spans.ts';

/** The first outlet with a mention wholly inside the span, or none. */
export function outletNamedIn(outlets: readonly EntityRecord[], span: TextSpan): EntityRecord | undefined {
  return outlets.find((o) => o.mentions.some((m) => m.start >= span.start && m.end <= span.end));
}
