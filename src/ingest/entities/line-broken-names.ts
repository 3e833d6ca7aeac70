/**
 * A name does not run across a line break. CoreNLP ends a sentence only at two line breaks, so a
 * title-case headline, or a list's number, runs into the name that opens the next line: NER tags
 * "Zika Virus\nChris Christie" or "5\nAmerica Ferrera" as one name, and the parse makes "Ban Drones
 * Over Stadiums\nHarlan Quist" the subject of the body's "said", a speaker of its own. The name is
 * its part on the line it ends on, the line its verb (or the rest of its sentence) is on.
 */
import type { ResolvedSource } from '../attribution/index.ts';
import type { NamedMention } from './mention-names.ts';

/** What follows a name's last line break must begin like a name ("-Americans" after "SurveyMonkey" does not). */
const NAME_START = /^["“'‘]?\p{Lu}/u;

/** The part of a name after its last line break, or none when it does not cross one or that part is no name. */
export function lastLineName(name: string): string | undefined {
  const cut = name.lastIndexOf('\n');
  if (cut < 0) return undefined;
  const rest = name.slice(cut + 1).trim();
  return NAME_START.test(rest) ? rest : undefined;
}

/** An NER mention cut to its last line: its name and the span it ends with; an alias crossing a line is left out. */
export function mentionOnLastLine(mention: NamedMention): NamedMention {
  const name = lastLineName(mention.name);
  if (name === undefined) return mention;
  const { alias, ...rest } = mention;
  return {
    ...rest,
    name,
    span: { start: mention.span.end - name.length, end: mention.span.end },
    ...(alias !== undefined && !alias.includes('\n') ? { alias } : {}),
  };
}

/** The source named by its last line: its mention, its name and its aliases cut there, the aliases that cross a line left out. */
export function sourceOnLastLine(source: ResolvedSource): ResolvedSource {
  const mentionName = lastLineName(source.mention.text);
  if (mentionName === undefined) return source;
  const end = source.mention.text.trimEnd().length;
  const start = source.mention.start + end - mentionName.length;
  return {
    ...source,
    mention: { start, end: start + mentionName.length, text: mentionName },
    name: lastLineName(source.name) ?? source.name,
    aliases: source.aliases.filter((a) => !a.includes('\n')),
  };
}
