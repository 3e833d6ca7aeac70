import type { TextSpan } from '../../text/spans.ts';
import type { SourceType } from './name-mentions.ts';

export interface ResolvedSource {
  /** The source phrase as written ("he", "a senior official", "Mr. Trump"). */
  mention: TextSpan & { text: string };
  /** The name it stands for: the fullest form in the article, or the phrase itself. */
  name: string;
  /** Other forms of the same name found in the article. */
  aliases: string[];
  type: SourceType;
  /** True when a pronoun or relative was resolved to an earlier name. */
  resolved: boolean;
}
