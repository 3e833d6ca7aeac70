/**
 * "Ferry Crews Return To Work\nMayor Ada Lin said …": a headline with no closing stop glued to the
 * paragraph under it, and the tagger can run one name across the break ("Work Mayor Ada Lin"). A name
 * stays on the line its last word is on, the name's head. Train: 4 claimants renamed in one article
 * (a headline's "… Virus" glued to a candidate's name, 3; a headline's "… On <name>" glued to a network, 1),
 * right/wrong counts unchanged, dev byte-identical.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { NameMention } from './name-mentions.ts';

/** Each name cut back to the words after its last line break (a new list). */
export function withinLines(text: string, doc: NlpDocument, names: NameMention[]): NameMention[] {
  return names.map((n) => {
    const stretch = text.slice(n.start, n.end);
    const brk = stretch.lastIndexOf('\n');
    if (brk < 0) return n;
    const from = n.start + brk + 1;
    const kept = (doc.sentences.find((s) => s.index === n.sentence)?.tokens ?? []).filter((t) => t.start >= from && t.end <= n.end);
    if (!kept.length) return n;
    return { ...n, start: kept[0].start, text: kept.map((t) => t.originalText).join(' ') };
  });
}
