/** The shapes the annotation stage assembles before they become the annotation format. */
import type { EntityRelationType } from '../../graph/annotation.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { Paragraph, TextSpan } from '../text/spans.ts';

export interface DraftClaim {
  claimants: EntityRecord[];
  verb: string;
  lemma: string;
  verbSpan?: TextSpan;
  /** The date phrase the parser hangs on the verb ("said Tuesday"): when the claim was made. */
  dateSpan?: TextSpan;
  /** The cue's day is not the saying's ("in an interview aired Sunday": see airing-cues.ts), so the claim gets none. */
  undated?: boolean;
  evidence: TextSpan;
  content: TextSpan;
  quote?: TextSpan;
  via: EntityRecord[];
  paragraph: number;
  /** Start offset of the claim's sentence, for credits that cover a sentence. */
  unit: number;
  /** The sentence closes with an outlet's credit (", Reuters reports."), which covers the claims before it. */
  creditedUnit?: boolean;
  /** What a relative-clause claim is about. */
  topic?: TextSpan;
  /** Id of the channel the claim was made through (see channels.ts). */
  channel?: string;
  /** The extractor's confidence that this is an attribution, 0..1. */
  confidence?: number;
  /** "Reuters quoted her as saying S": the one the quoted pronoun stands for. */
  quotedPerson?: EntityRecord;
  /** The source phrases as written in the claim's sentence, resolved ("The memo, seen by Reuters," for an earlier memo) or not. */
  sourceMentions?: TextSpan[];
  /** Each claimant the attribution named, with the words that named it ("the agency", "Both"); a stage that changes the claimants leaves these behind. */
  claimantPhrases?: Array<{ entity: EntityRecord; span: TextSpan }>;
}

export interface FoundRelation {
  from: string;
  type: EntityRelationType;
  to: string;
  evidence?: { start: number; end: number };
}

/** What a step after drafting reads, and the drafts it changes: the article's text and parse, its entities and body paragraphs. */
export interface DraftContext {
  text: string;
  doc: NlpDocument;
  drafts: DraftClaim[];
  registry: EntityRegistry;
  paragraphs: Paragraph[];
}
