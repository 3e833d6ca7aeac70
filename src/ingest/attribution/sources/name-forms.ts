/**
 * The forms an article gives a name: its fullest form with the others seen ("Trump" → "Donald J.
 * Trump"), and its gender as the article and train say it.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Gender } from './pronoun-features.ts';
import type { NameMention, SourceType } from './name-mentions.ts';
import { firstNameGender } from '../../text/first-name-gender.ts';
import { appositiveGender, titleBefore } from './titled-names.ts';
import { fullestForm } from './fullest-forms.ts';
import { bareOrganizationName } from './bare-organization-names.ts';
import { ownEntry } from '../../text/own-entries.ts';

export interface NameForm {
  name: string;
  aliases: string[];
  type: SourceType;
}

export class NameForms {
  /** expand()'s answers, until forget(): the ranker asks for every candidate of every pronoun. */
  private readonly expanded = new Map<string, NameForm>();
  /** The gender of a person the article already called "he" or "she" (as resolved here). */
  readonly calledBy = new Map<string, Gender>();

  /** `names` is the resolver's own list, which grows as sources speak. */
  constructor(
    private readonly text: string,
    private readonly doc: NlpDocument,
    private readonly names: NameMention[],
    private readonly firstNames: Record<string, Gender>,
  ) {}

  /** A name was added: an earlier answer of expand() may no longer be the fullest form. */
  forget(): void {
    this.expanded.clear();
  }

  /**
   * From an honorific before any mention of the name, or its first name as train's pronouns gendered
   * it; `listed` adds a first-name list, for the ranker's features only (also as the hand rules'
   * filter, alone or where it leaves a name, dev right claimant fell: 0.6938 -> 0.6929, 0.6927).
   */
  gender(name: string, listed = false): Gender | undefined {
    const words = name.split(/\s+/);
    // A first name is the person's own; an honorific goes by the surname, which a spouse shares ("Mr. Clinton" is not Hillary Clinton).
    if (words.length > 1 && ownEntry(this.firstNames, words[0])) return ownEntry(this.firstNames, words[0]);
    const surname = words.at(-1)!;
    // Two people of one surname ("Bernie Sanders", "Jane Sanders"): "Mr. Sanders" is only one of them.
    const firstNames = new Set(
      this.names
        .filter((n) => n.type === 'PERSON' && n.text.split(/\s+/).length > 1 && n.text.split(/\s+/).at(-1) === surname)
        .map((n) => n.text.split(/\s+/)[0]),
    );
    for (const n of firstNames.size > 1 ? [] : this.names) {
      if (n.type !== 'PERSON' || n.text.split(/\s+/).at(-1) !== surname) continue;
      const titled = titleBefore(this.text, n.start)?.gender;
      if (titled) return titled;
    }
    const first = name.split(/\s+/)[0];
    return ownEntry(this.firstNames, first) ?? (listed ? firstNameGender(first) : undefined) ?? this.calledBy.get(name);
  }

  /** The fullest form of a name in the article ("Trump" → "Donald J. Trump"), with the forms seen. */
  expand(text: string, type: SourceType, start?: number): NameForm {
    const title = start === undefined || type !== 'PERSON' ? undefined : titleBefore(this.text, start);
    const key = `${type}\u0000${text}\u0000${title?.gender ?? ''}`;
    const bare = () => {
      const name = bareOrganizationName(this.text, text, type);
      return name === undefined ? undefined : { name, aliases: [], type };
    };
    const known =
      this.expanded.get(key) ??
      bare() ??
      fullestForm(this.names, text, type, title, {
        sure: (form) => this.formGender(form),
        listed: (form) => firstNameGender(form.split(/\s+/)[0]),
      });
    this.expanded.set(key, known);
    return { ...known, aliases: [...known.aliases] };
  }

  /** A full name's gender as the article and train say it: its first name in train, a gendered noun in apposition, a pronoun. */
  private formGender(form: string): Gender | undefined {
    const described = this.names.filter((n) => n.text === form).map((n) => appositiveGender(this.doc, n));
    return ownEntry(this.firstNames, form.split(/\s+/)[0]) ?? described.find((g) => g) ?? this.calledBy.get(form);
  }
}
