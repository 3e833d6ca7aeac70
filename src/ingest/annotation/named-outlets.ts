/** Which outlet a stretch of text names: "Rebels told the Tribune" → the Tribune, when the span is "the Tribune". */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { TextSpan } from '../text/spans.ts';

/** The first outlet with a mention wholly inside the span, or none. */
export function outletNamedIn(outlets: readonly EntityRecord[], span: TextSpan): EntityRecord | undefined {
  return outlets.find((o) => o.mentions.some((m) => m.start >= span.start && m.end <= span.end));
}

/** The outlet the phrase headed by token `head` names ("the Chicago Tribune" headed by "Tribune"), or none. */
export function outletOfPhrase(tree: DependencyTree, head: number, outlets: readonly EntityRecord[]): EntityRecord | undefined {
  const span = tree.span(tree.subtree(head));
  return span && outletNamedIn(outlets, span);
}

/** The outlet verb `verb`'s subject names: "The Tribune spoke to the pilot's sister" → the Tribune. */
export function subjectOutlet(tree: DependencyTree, verb: number, outlets: readonly EntityRecord[]): EntityRecord | undefined {
  const subject = tree.child(verb, /^nsubj$/);
  return subject === undefined ? undefined : outletOfPhrase(tree, subject, outlets);
}
