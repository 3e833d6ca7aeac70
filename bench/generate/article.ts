/** One article of the corpus: its text, with exact offsets, and the annotation of what it says. */
import { slug, type CastEntity } from './cast.ts';
import { wordClaim, type ConflictSide } from './claim-wording.ts';
import { MEASURES, TOPICS, WEEKDAYS } from './phrases.ts';
import { publicationTime } from './publication-time.ts';
import { chance, hashString, int, mix, pick, rng } from './random.ts';
import type { CorpusShape } from './shape.ts';
import type { CorpusOptions, GeneratedAnnotation, GeneratedClaim } from './types.ts';
import { COUNTRIES, NATIONALITY, PLATFORMS } from './world.ts';

type Span = { start: number; end: number; text: string };

/** Builds the text piece by piece and remembers spans, so every offset is exact. */
class TextBuilder {
  text = '';
  add(s: string): Span {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

export const articleLocalId = (index: number) => `synth-${String(index).padStart(6, '0')}`;

/** Article `index` (0-based) of the corpus. Pure: depends only on the shape, the seed and the index. */
export function generateArticle(shape: CorpusShape, options: CorpusOptions, index: number): GeneratedAnnotation {
  const r = rng(mix(options.seed, index, 0xa7));
  const { cast, zipf } = shape;
  const entities = new Map<string, CastEntity>();
  const use = (e: CastEntity) => (entities.set(e.id, e), e);
  const actor = () => use(cast.actors[zipf.actors.sample(r)]);
  const place = () => use(cast.places[zipf.places.sample(r)]);
  const outlet = () => use(cast.outlets[zipf.outlets.sample(r)]);

  const { local, iso, printed, dayOf } = publicationTime(r, index, options.articles);

  const publisher = use(cast.outlets[zipf.publishers.sample(r)]);
  const author = use(cast.journalists[zipf.journalists.sample(r)]);
  const topic = pick(r, TOPICS);
  // An article quotes a handful of speakers about a couple of places, not the whole cast.
  const speakers = Array.from({ length: int(r, 3, 8) }, actor);
  const lead = speakers[0];
  const settings = Array.from({ length: int(r, 1, 4) }, place);
  const where = settings[0];
  const speaker = () => speakers[Math.floor(Math.pow(r(), 1.5) * speakers.length)];

  const tb = new TextBuilder();
  const title = `${lead.name} on ${topic[2]} in ${where.name}`;
  const deck = `${lead.name} ${pick(r, ['weighs in on', 'speaks out about', 'responds to'])} ${topic[1]}`;
  tb.add(`${title}\n${deck}\n\nBy ${author.name}, ${publisher.name}\nPosted ${printed}\n\n`);

  let caption: GeneratedAnnotation['article']['caption'];
  if (chance(r, 0.3)) {
    const agency = use(cast.outlets[zipf.outlets.sample(r) % 3]);
    const span = tb.add(`In this photo, people gather in ${where.name} after ${topic[2]}`);
    tb.add(` (${agency.name})\n\n`);
    caption = { span, credit: agency.name, creditedTo: [agency.id] };
  }

  // Channels are the claimant's own accounts, shared across articles by id.
  const channels = new Map<string, NonNullable<GeneratedAnnotation['channels']>[number]>();
  const channelOf = (claimant: CastEntity) => {
    const [platformName, medium, label] = PLATFORMS[mix(options.seed, hashString(claimant.id)) % PLATFORMS.length];
    const platform = use(cast.platforms.find((p) => p.name === platformName)!);
    const id = slug(`${claimant.id.split('/')[1]} ${medium}`);
    channels.set(id, { id, name: `${claimant.name}'s ${label}`, medium, operator: claimant.id, platform: platform.id });
    return id;
  };

  const claimCount = int(r, 10, 20);
  const claims: GeneratedClaim[] = [];
  const claimRelations: NonNullable<GeneratedAnnotation['claimRelations']> = [];
  const relations: NonNullable<GeneratedAnnotation['relations']> = [];
  const related = new Set<string>();
  // Sometimes the text says who someone is: "X is the head of Y."
  const stateRelation = (e: CastEntity, p: number) => {
    if (!e.relation || related.has(e.id) || !chance(r, p)) return;
    use(e.relation.to);
    const evidence = tb.add(`${e.name} is ${e.relation.phrase}.`);
    tb.add(' ');
    relations.push({ from: e.id, type: e.relation.type, to: e.relation.to.id, evidence });
    related.add(e.id);
  };
  // A figure contradiction: two claimants give different counts of the same thing.
  const conflict = chance(r, 0.35)
    ? { at: int(r, 1, claimCount - 3), measure: pick(r, MEASURES), nationality: NATIONALITY[pick(r, COUNTRIES.slice(0, 4))] }
    : undefined;
  const dispute = chance(r, 0.2) ? int(r, 1, claimCount - 2) : undefined;

  for (let i = 0; i < claimCount; i++) {
    const id = `c${String(i + 1).padStart(2, '0')}`;
    const claimant = i === 0 ? lead : speaker();
    const claimants = [claimant];
    if (chance(r, 0.08)) {
      const second = speaker();
      if (second.id !== claimant.id) claimants.push(second);
    }
    const mentions = new Set<string>();
    const about = pick(r, settings);
    mentions.add(about.id);
    const target = chance(r, 0.7) ? speaker() : chance(r, 0.5) ? actor() : claimant;
    if (target.id !== claimant.id) mentions.add(target.id);
    if (chance(r, 0.15)) {
      const other = actor();
      if (!claimants.includes(other)) mentions.add(other.id);
    }
    const via: string[] = [];
    if (chance(r, 0.65)) via.push(outlet().id);
    if (chance(r, 0.15)) {
      const second = outlet().id;
      if (!via.includes(second)) via.push(second);
    }
    const channel = chance(r, 0.15) && claimant.type !== 'Place' ? channelOf(claimant) : undefined;
    const daysBefore = int(r, 0, 3);
    const saidDate = dayOf(daysBefore);
    const saidText = daysBefore === 0 ? 'today' : daysBefore === 1 ? 'yesterday' : `on ${WEEKDAYS[saidDate.getUTCDay()]}`;
    const saidOn = chance(r, 0.85) ? { date: saidDate.toISOString().slice(0, 10), precision: 'DAY' as const, text: saidText } : undefined;
    const claimantNames = claimants.map((c) => c.name).join(' and ');

    const conflictSide = conflict && (i === conflict.at || i === conflict.at + 1) ? i - conflict.at : -1;
    const side: ConflictSide | undefined =
      conflictSide >= 0
        ? {
            measure: conflict!.measure,
            nationality: conflict!.nationality,
            ...(conflictSide === 1 ? { firstValue: claims[i - 1].figures![0].value } : {}),
          }
        : undefined;
    const wording = wordClaim(
      r,
      {
        claimantNames,
        when: saidOn ? ` ${saidOn.text}` : '',
        sources: via.length ? `, according to ${via.map((v) => entities.get(v)!.name).join(' citing ')}` : '',
        place: about.name,
        topic,
        targetName: entities.get(target.id)?.name ?? target.name,
      },
      side,
    );
    const evidence = tb.add(wording.sentence);
    tb.add(chance(r, 0.3) ? '\n\n' : ' ');

    stateRelation(claimant, 0.4);
    stateRelation(about, 0.2);

    claims.push({
      id,
      claimants: claimants.map((c) => c.id),
      verb: wording.verb,
      kind: wording.kind,
      modality: wording.modality,
      ...(wording.quote ? { quote: wording.quote } : {}),
      text: wording.text,
      ...(saidOn ? { saidOn } : {}),
      figures: wording.figures,
      ...(channel ? { channel } : {}),
      via,
      mentions: [...mentions],
      evidence,
    });

    if (conflictSide === 1) {
      const a = claims[i - 1];
      const b = claims[i];
      if (a.claimants.join() !== b.claimants.join()) {
        claimRelations.push({
          from: b.id,
          type: 'CONTRADICTS',
          to: a.id,
          reason: `Different figures for ${b.figures![0].subject} ${b.figures![0].measure}: ${b.figures![0].text} vs ${a.figures![0].text}.`,
        });
      }
    }
    if (dispute !== undefined && i === dispute + 1) {
      claimRelations.push({
        from: id,
        type: 'DISPUTES',
        to: claims[dispute].id,
        reason: `${claimantNames} casts doubt on what ${claims[dispute].claimants.map((c) => entities.get(c)!.name).join(' and ')} said.`,
      });
    }
  }

  const boilerplate: Span[] = [];
  if (chance(r, 0.2)) {
    tb.add('\n\n');
    boilerplate.push(tb.add('Sign up for our newsletter.\nGet the news faster: install our app.'));
  }

  const cites = [...new Set(claims.flatMap((c) => c.via ?? []))].slice(0, 4);
  const article: GeneratedAnnotation['article'] = {
    id: articleLocalId(index),
    title,
    deck,
    url: `https://news.example/${local.getUTCFullYear()}/${articleLocalId(index)}`,
    publishedAt: iso,
    publishedAtText: printed,
    author: author.id,
    publisher: publisher.id,
    ...(caption ? { caption } : {}),
    cites,
    boilerplate,
  };

  return {
    article,
    text: tb.text,
    entities: [...entities.values()].map((e) => ({
      id: e.id,
      type: e.type,
      ...(e.kind ? { kind: e.kind } : {}),
      name: e.name,
      aliases: e.aliases,
      description: e.description,
    })),
    channels: [...channels.values()],
    claims,
    relations,
    claimRelations,
  };
}
