/**
 * Path.steps in words: what links the two nodes of each step ("Pentagon official is a member of
 * Pentagon"), and which steps only go through an article that both sides appear in, the weakest
 * kind of link (two claims of one article need have nothing else to do with each other).
 */
import type { EntityRelationType } from '../graph/annotation.ts';
import type { NodeModel, PathModel, PathStepModel } from '../graph/model.ts';

export interface ExplainedStep extends PathStepModel {
  explanation: string;
  weakLink: boolean;
}

const quoteOf = (text: string, max = 80) => `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;

function label(node: NodeModel): string {
  switch (node.nodeType) {
    case 'Claim':
      return `the claim ${quoteOf(node.text ?? '')}`;
    case 'Article':
      return `the article ${quoteOf(node.title ?? '')}`;
    case 'Channel':
      return node.name ?? 'a channel';
    default:
      return node.name ?? 'an entity';
  }
}

/** Typed by the one list of entity relation types, so a new type cannot go without its verb. */
const RELATION_VERBS: Record<EntityRelationType, string> = {
  MEMBER_OF: 'is a member of',
  PART_OF: 'is part of',
  HEAD_OF: 'is the head of',
  CAPITAL_OF: 'is the capital of',
  LOCATED_IN: 'is in',
  AFFILIATED_WITH: 'is affiliated with',
};

const VERBS: Record<string, string> = {
  ...RELATION_VERBS,
  CLAIMED_BY: 'was made by',
  MENTIONS: 'mentions',
  REPORTED_VIA: 'was reported via',
  VIA_CHANNEL: 'was first published on',
  APPEARS_IN: 'appears in',
  CONTRADICTS: 'contradicts',
  DISPUTES: 'disputes',
  OPERATED_BY: 'is run by',
  HOSTED_ON: 'is hosted on',
  WRITTEN_BY: 'was written by',
  PUBLISHED_BY: 'was published by',
  CITES: 'cites',
  IMAGE_CREDIT: 'credits its image to',
};

export function explainStep(step: PathStepModel): string {
  const verb = VERBS[step.relationship] ?? `is linked (${step.relationship}) to`;
  const sentence = `${label(step.from)} ${verb} ${label(step.to)}`;
  return sentence[0].toUpperCase() + sentence.slice(1);
}

/**
 * A step is a weak link when it enters or leaves an article in the middle of the path: the nodes
 * either side only share that article.
 */
export function explainPath(path: PathModel): ExplainedStep[] {
  const inner = new Set(
    path.nodes
      .slice(1, -1)
      .filter((n) => n.nodeType === 'Article')
      .map((n) => n.key),
  );
  return path.steps.map((step) => ({
    ...step,
    explanation: explainStep(step),
    weakLink: (step.from.nodeType === 'Article' && inner.has(step.from.key)) || (step.to.nodeType === 'Article' && inner.has(step.to.key)),
  }));
}
