import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityModel, EntityRelationModel, ClaimModel, FigureModel, ChannelModel, ArticleModel, EvidenceModel, ProvenanceStepModel, SearchHitModel, PathModel, PathStepModel, ContradictionModel, ClaimConnectionModel, EntityConnectionModel, ArticleConnectionModel, IngestResultModel } from '../../graph/model.ts';
import type { EditModel, EditConnectionModel, DeleteResultModel, ReextractResultModel } from '../../graph/write/curation/edits.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, e.g. 2022-03-02. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time with its UTC offset, e.g. 2022-03-02T13:16:00-06:00. */
  DateTime: { input: string; output: string; }
};

/** A news article and what it carries. */
export type Article = Node & {
  __typename?: 'Article';
  /** The person who wrote it, when known. */
  author?: Maybe<Person>;
  /** The text without boilerplate (app-install prompts, sign-ups). */
  body: Scalars['String']['output'];
  /** The caption of the article image, where there is one. */
  caption?: Maybe<Scalars['String']['output']>;
  /** The image credit as printed. */
  captionCredit?: Maybe<Scalars['String']['output']>;
  /** Outlets the article cites as its sources. */
  cites: Array<Organization>;
  /** Claims the article carries, in the order they were added. */
  claims: ClaimConnection;
  /** SHA-256 of the text in Unicode NFC with every run of whitespace one space; the same text is only ingested once. */
  contentHash: Scalars['String']['output'];
  /** The standfirst under the headline, where the page has one. */
  deck?: Maybe<Scalars['String']['output']>;
  /** Entities the article names. */
  entities: Array<Entity>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Entities credited for the image. */
  imageCredits: Array<Entity>;
  /** Null when the publication date is unknown. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The publication time as printed, with its zone. */
  publishedAtText?: Maybe<Scalars['String']['output']>;
  /** The outlet that published it. */
  publisher?: Maybe<Organization>;
  /** A second headline, where the page has one. */
  subtitle?: Maybe<Scalars['String']['output']>;
  /** The text exactly as received; evidence offsets point into it. */
  text: Scalars['String']['output'];
  /** The headline. */
  title: Scalars['String']['output'];
  /** Where the article was published, when known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A news article and what it carries. */
export type ArticleClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles (Relay connection). */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles with their cursors. */
  edges: Array<ArticleEdge>;
  /** The articles of this page, without cursors. */
  nodes: Array<Article>;
  /** Where this page is, for fetching the next one. */
  pageInfo: PageInfo;
  /** How many articles there are in all, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a page of articles, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque cursor of this edge; pass it as after to get the next page. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** Changes to an article. A field left out stays as it is; null clears it (except title). */
export type ArticleUpdate = {
  /** The author's name: the person of that name or alias, created when there is none. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The publisher's name: the organization of that name or alias, created when there is none. */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** The publication time; the article's dates written as words ('Tuesday') are resolved again against it. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The headline; cannot be cleared. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where a claimant published a claim before any outlet carried it: a Facebook page, a press release. */
export type Channel = Node & {
  __typename?: 'Channel';
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of channel: facebook, telegram, press release, statement. */
  medium: Scalars['String']['output'];
  /** The channel's name: 'the ministry's Facebook page'. */
  name: Scalars['String']['output'];
  /** Who runs the channel (usually the claimant). */
  operator?: Maybe<Entity>;
  /** The platform that hosts it: Facebook, Telegram. */
  platform?: Maybe<Organization>;
};

/** An attributed statement: who said what, when, about whom, and through which source. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** The article that carries the claim. */
  article: Article;
  /** Where the claimant first published it, when the text says. */
  channel?: Maybe<Channel>;
  /** The words that named the claimants in the claim's sentence, as written, once each: 'the agency' for the FBI, 'Both' for two senators, 'a senior official', 'he'. Empty for a hand-annotated claim. Never an alias: the same words name different entities in different articles. */
  claimantMentions: Array<Scalars['String']['output']>;
  /** Who made the claim, the real speaker first. */
  claimants: Array<Entity>;
  /** The extractor's confidence in the claim, from 0 to 1; null when it gave none. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Claims that conflict with this one (either direction). */
  contradicts: Array<Claim>;
  /** When the claim was added to the graph. */
  createdAt: Scalars['DateTime']['output'];
  /** Claims that dispute this one. */
  disputedBy: Array<Claim>;
  /** Claims this one disputes. */
  disputes: Array<Claim>;
  /** The exact words of the article the claim rests on. */
  evidence: Evidence;
  /** The extractor that made the claim; null for hand annotations. */
  extractor?: Maybe<Extractor>;
  /** Numbers the claim states. */
  figures: Array<Figure>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What sort of claim: statement, quote, figure, belief, offer, action. */
  kind: ClaimKind;
  /** Entities the claim is about or names. */
  mentions: Array<Entity>;
  /** How firmly it is stated: asserted, hedged, believed. */
  modality: Modality;
  /** How the claim came to be: a hand annotation, the extractor, or an extracted claim a person edited. */
  origin: ClaimOrigin;
  /** The chain from the claimant to the reader: claimant → channel → outlets → author → article → publisher. */
  provenance: Array<ProvenanceStep>;
  /** Verbatim quoted words, where the article quotes. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The date the claim is about, where the text gives one ('ringing since Thursday'). */
  refersTo?: Maybe<SaidOn>;
  /** Outlets the claim came through, nearest the claimant first. */
  reportedVia: Array<Organization>;
  /** When the claim was made, where the text says ('said Wednesday'). */
  saidOn?: Maybe<SaidOn>;
  /** A normalized one-sentence statement of the claim. */
  text: Scalars['String']['output'];
  /** The reporting verb as written: told, urged, says, claimed, believe. */
  verb: Scalars['String']['output'];
};

/** A page of claims (Relay connection). */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims with their cursors. */
  edges: Array<ClaimEdge>;
  /** The claims of this page, without cursors. */
  nodes: Array<Claim>;
  /** Where this page is, for fetching the next one. */
  pageInfo: PageInfo;
  /** How many claims there are in all, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A claim in a page of claims, with its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor of this edge; pass it as after to get the next page. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Conditions on claims; every one given must hold. */
export type ClaimFilter = {
  /** Article id. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Entity id of a claimant. */
  claimant?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims of this kind. */
  kind?: InputMaybe<ClaimKind>;
  /** Entity id of an entity the claim mentions. */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims of this modality. */
  modality?: InputMaybe<Modality>;
  /** Only claims of this origin. */
  origin?: InputMaybe<ClaimOrigin>;
  /** Entity id of an outlet the claim came through. */
  reportedVia?: InputMaybe<Scalars['ID']['input']>;
  /** Said on or after this date. */
  saidFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Said on or before this date. */
  saidTo?: InputMaybe<Scalars['Date']['input']>;
  /** Case-insensitive substring of the claim's text or quote. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of claim it is. */
export type ClaimKind =
  /** A report of something done. */
  | 'ACTION'
  /** What someone believes or thinks. */
  | 'BELIEF'
  /** A statement whose point is a number: a toll, a count. */
  | 'FIGURE'
  /** An offer or appeal: a hotline, a call to act. */
  | 'OFFER'
  /** Words quoted verbatim. */
  | 'QUOTE'
  /** A reported statement of fact. */
  | 'STATEMENT';

/** The order of a claims page. */
export type ClaimOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: ClaimOrderField;
};

/** What to order claims by. */
export type ClaimOrderField =
  /** When the claim was added to the graph. */
  | 'CREATED'
  /** When the claim was made (claims with no date last). */
  | 'SAID_ON';

/** How a claim came to be in the graph. */
export type ClaimOrigin =
  /** From a hand annotation (seed/, tests/data/annotations/) or written by a person. */
  | 'CURATED'
  /** Made by the extractor, then changed by a person (updateClaim); reextractArticle keeps it. */
  | 'EDITED'
  /** Made by the extractor and not changed by a person since; reextractArticle replaces it. */
  | 'EXTRACTED';

/** Changes to a claim. A field left out stays as it is; null clears channel and saidOn. */
export type ClaimUpdate = {
  /** Channel id. */
  channel?: InputMaybe<Scalars['ID']['input']>;
  /** Entity ids of the claimants, in order; replaces the list (at least one). */
  claimants?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The kind of claim. */
  kind?: InputMaybe<ClaimKind>;
  /** How firmly it is stated. */
  modality?: InputMaybe<Modality>;
  /** Organization ids of the outlets the claim came through, nearest the claimant first; replaces the list. */
  reportedVia?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the claim was made (day precision). */
  saidOn?: InputMaybe<Scalars['Date']['input']>;
  /** The normalized one-sentence statement. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Two claims that conflict: different figures for the same count, or one disputing the other. */
export type Contradiction = {
  __typename?: 'Contradiction';
  /** One side of the conflict. */
  a: Claim;
  /** The other side. */
  b: Claim;
  /** Why they conflict, in words: 'different figures for Russian troops killed'. */
  reason?: Maybe<Scalars['String']['output']>;
  /** CONTRADICTS or DISPUTES. */
  type: Scalars['String']['output'];
};

/** How much of a date the text gives. */
export type DatePrecision =
  /** A day: date is exact. */
  | 'DAY'
  /** A month: date is its first day. */
  | 'MONTH'
  /** A week ('said last week', 'earlier this week'): date is its Monday. */
  | 'WEEK'
  /** A year: date is its first day. */
  | 'YEAR';

/** What deleteArticle or deleteClaim removed. */
export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** The edit that records the deletion. */
  edit: Edit;
  /** Global id of the deleted node. */
  id: Scalars['ID']['output'];
};

/** One change to the graph, on record: who made it, when, what, and the target before and after. */
export type Edit = {
  __typename?: 'Edit';
  /** The target after the change, as a JSON object; null when it was deleted. */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The target before the change, as a JSON object (node keys, not global ids); null when the change created it (ingestArticle). */
  before?: Maybe<Scalars['String']['output']>;
  /** Who made it: 'api-key' for the API key, 'jwt:<sub>' for a JWT. */
  by: Scalars['String']['output'];
  /** Opaque id of the edit. */
  id: Scalars['ID']['output'];
  /** Which mutation made it. */
  operation: EditOperation;
  /** Position in the history: every edit has a larger number than the edits committed before it. */
  sequence: Scalars['Int']['output'];
  /** The target as it is now; null when it was deleted or merged away. */
  target?: Maybe<Node>;
  /** Global id of the node changed (for a merge, the surviving entity). */
  targetId: Scalars['ID']['output'];
  /** Global ids of every node the change touched (a merge: the survivor and the merged entities; a claim: also its article; an ingest: the article, its claims and the entities it created). */
  targetIds: Array<Scalars['ID']['output']>;
};

/** A page of edits, newest first. */
export type EditConnection = {
  __typename?: 'EditConnection';
  /** The edits with their cursors. */
  edges: Array<EditEdge>;
  /** The edits. */
  nodes: Array<Edit>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many edits there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an EditConnection. */
export type EditEdge = {
  __typename?: 'EditEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The edit. */
  node: Edit;
};

/** What a recorded change did. */
export type EditOperation =
  /** deleteArticle */
  | 'DELETE_ARTICLE'
  /** deleteClaim */
  | 'DELETE_CLAIM'
  /** ingestArticle (one that wrote an article; a duplicate or a dry run records nothing) */
  | 'INGEST_ARTICLE'
  /** mergeEntities */
  | 'MERGE_ENTITIES'
  /** reextractArticle */
  | 'REEXTRACT_ARTICLE'
  /** updateArticle */
  | 'UPDATE_ARTICLE'
  /** updateClaim */
  | 'UPDATE_CLAIM'
  /** updateEntity */
  | 'UPDATE_ENTITY';

/** An actor or place named in the news: a person, an organization, a place or a group. */
export type Entity = {
  /** Other names used for it in the text ('Golub', 'the ministry', 'the capital'). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name this entity. */
  articles: Array<Article>;
  /** Claims this entity made. */
  claims: ClaimConnection;
  /** A short description, where the annotation gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Claims that mention this entity. */
  mentionedIn: ClaimConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Typed links to other entities, in both directions. */
  relations: Array<EntityRelation>;
  /** Person, organization, place or group. */
  type: EntityType;
};


/** An actor or place named in the news: a person, an organization, a place or a group. */
export type EntityClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeMembers?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An actor or place named in the news: a person, an organization, a place or a group. */
export type EntityMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities (Relay connection). */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities with their cursors. */
  edges: Array<EntityEdge>;
  /** The entities of this page, without cursors. */
  nodes: Array<Entity>;
  /** Where this page is, for fetching the next one. */
  pageInfo: PageInfo;
  /** How many entities there are in all, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page of entities, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque cursor of this edge; pass it as after to get the next page. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Conditions on entities; every one given must hold. */
export type EntityFilter = {
  /** Case-insensitive substring of the name or of any alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only entities of this type. */
  type?: InputMaybe<EntityType>;
};

/** A typed link between two entities, seen from one of them. */
export type EntityRelation = {
  __typename?: 'EntityRelation';
  /** OUTGOING when this entity is the subject, INCOMING when it is the object. */
  direction: RelationDirection;
  /** The words of the article that state the relation. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** The entity at the other end. */
  other: Entity;
  /** What the link is: HEAD_OF, MEMBER_OF, ... */
  type: EntityRelationType;
};

/** How two entities are related, as the text states it. */
export type EntityRelationType =
  /** Is otherwise linked to the other entity. */
  | 'AFFILIATED_WITH'
  /** Is the capital of the other place. */
  | 'CAPITAL_OF'
  /** Leads the other entity. */
  | 'HEAD_OF'
  /** Is in the other place. */
  | 'LOCATED_IN'
  /** Belongs to the other entity (an official of the Pentagon). */
  | 'MEMBER_OF'
  /** Is a part of the other entity (a ministry of a government). */
  | 'PART_OF';

/** What kind of entity. */
export type EntityType =
  /** A collective or unnamed actor: 'military experts', 'a Pentagon official'. */
  | 'GROUP'
  /** A government body, armed force, NGO, outlet, platform or company. */
  | 'ORGANIZATION'
  /** A named person. */
  | 'PERSON'
  /** A country, city or region. */
  | 'PLACE';

/** Changes to an entity. A field left out stays as it is. */
export type EntityUpdate = {
  /** Names to add to the aliases. */
  addAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only for organizations. */
  kind?: InputMaybe<OrganizationKind>;
  /** The canonical name; the old name becomes an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Aliases to remove (case-insensitive); each must be an alias now. */
  removeAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The entity's type; an entity that becomes an organization gets the kind OTHER unless kind is given. */
  type?: InputMaybe<EntityType>;
};

/** The exact words of the article that carry a claim: text == article.text[start:end] (UTF-16 offsets). */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article the words are in. */
  article: Article;
  /** Offset just past the last character in article.text (UTF-16 code units). */
  end: Scalars['Int']['output'];
  /** Offset of the first character in article.text (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** The words themselves: article.text[start:end]. */
  text: Scalars['String']['output'];
};

/** The program that extracted a claim. */
export type Extractor = {
  __typename?: 'Extractor';
  /** The extractor's name. */
  name: Scalars['String']['output'];
  /** The extractor's version. */
  version: Scalars['String']['output'];
};

/** A number a claim states: 'around 6,000 Russian invaders have been killed'. */
export type Figure = {
  __typename?: 'Figure';
  /** True when the text hedges the number (around, almost, more than). */
  approximate: Scalars['Boolean']['output'];
  /** What is counted: killed, wounded, captured. */
  measure: Scalars['String']['output'];
  /** The hedge as written: 'around', 'almost'. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** Who is counted: 'Russian troops'. */
  subject: Scalars['String']['output'];
  /** The words that state the figure: 'around 6,000'. */
  text: Scalars['String']['output'];
  /** The number: 6000 for around 6,000. */
  value: Scalars['Float']['output'];
};

/** A collective or unnamed actor: 'military experts', 'a Pentagon official'. */
export type Group = Entity & Node & {
  __typename?: 'Group';
  /** Other names used for it in the text ('Golub', 'the ministry', 'the capital'). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name this entity. */
  articles: Array<Article>;
  /** Claims this entity made. */
  claims: ClaimConnection;
  /** A short description, where the annotation gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Claims that mention this entity. */
  mentionedIn: ClaimConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Typed links to other entities, in both directions. */
  relations: Array<EntityRelation>;
  /** Person, organization, place or group. */
  type: EntityType;
};


/** A collective or unnamed actor: 'military experts', 'a Pentagon official'. */
export type GroupClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeMembers?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A collective or unnamed actor: 'military experts', 'a Pentagon official'. */
export type GroupMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An article to ingest: its text and what is known about it. */
export type IngestArticleInput = {
  /** The author's name. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Publisher name, e.g. Newser. */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 date-time; relative dates in the text ('Tuesday') resolve against it. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * The article's raw text (at most 1 MB), in English: a text the language detector is confident
   * is another language is refused with BAD_USER_INPUT naming it (extensions.language has its code).
   */
  text: Scalars['String']['input'];
  /** The headline; taken from the text when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the article was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The article as ingested, with what was extracted from it. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The article. */
  article: Article;
  /** The claims extracted from it. */
  claims: Array<Claim>;
  /** The entities it names. */
  entities: Array<Entity>;
  /** Counts of what was written. */
  stats: IngestStats;
};

/** What an ingest wrote (or would write, with dryRun). */
export type IngestStats = {
  __typename?: 'IngestStats';
  /** Claims extracted. */
  claims: Scalars['Int']['output'];
  /** True when nothing was written because dryRun was set. */
  dryRun: Scalars['Boolean']['output'];
  /** True when the same text was already in the graph; nothing was written. */
  duplicate: Scalars['Boolean']['output'];
  /** Entities found in the graph already (by name or alias, of the same type) and reused. */
  entitiesMerged: Scalars['Int']['output'];
  /** Entities that were not in the graph before. */
  entitiesNew: Scalars['Int']['output'];
  /** Relations between entities extracted. */
  relations: Scalars['Int']['output'];
};

/** How firmly the claimant states the claim. */
export type Modality =
  /** Stated as fact. */
  | 'ASSERTED'
  /** Given as the claimant's belief. */
  | 'BELIEVED'
  /** Qualified: 'reportedly', 'may have', 'around'. */
  | 'HEDGED';

/** Writes; every one needs a credential that may write. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Delete an article with its claims, figures, channels and links, and the entities nothing else refers to; shared entities stay. */
  deleteArticle: DeleteResult;
  /** Delete a claim and its figures. */
  deleteClaim: DeleteResult;
  /**
   * Extract entities, claims and relations from an article's text and write them to the graph,
   * in one transaction. Needs `Authorization: Bearer <API_KEY>`. With dryRun, returns the
   * extraction without writing anything.
   */
  ingestArticle: IngestResult;
  /** Merge duplicates into one entity: claims, mentions, relations and aliases move to `into`; the merged ids keep resolving to it through node(id:). */
  mergeEntities: Entity;
  /** Run the current extractor again on the article's stored text: its machine-made claims are replaced, claims a person made or edited are kept. */
  reextractArticle: ReextractResult;
  /** Correct an article's title, url, outlet, author or publication time. */
  updateArticle: Article;
  /** Correct a claim; an extracted claim becomes EDITED and is kept by re-extraction. */
  updateClaim: Claim;
  /** Correct an entity's name, type, kind or aliases. */
  updateEntity: Entity;
};


/** Writes; every one needs a credential that may write. */
export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Writes; every one needs a credential that may write. */
export type MutationDeleteClaimArgs = {
  id: Scalars['ID']['input'];
};


/** Writes; every one needs a credential that may write. */
export type MutationIngestArticleArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: IngestArticleInput;
};


/** Writes; every one needs a credential that may write. */
export type MutationMergeEntitiesArgs = {
  from: Array<Scalars['ID']['input']>;
  into: Scalars['ID']['input'];
};


/** Writes; every one needs a credential that may write. */
export type MutationReextractArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Writes; every one needs a credential that may write. */
export type MutationUpdateArticleArgs = {
  id: Scalars['ID']['input'];
  input: ArticleUpdate;
};


/** Writes; every one needs a credential that may write. */
export type MutationUpdateClaimArgs = {
  id: Scalars['ID']['input'];
  input: ClaimUpdate;
};


/** Writes; every one needs a credential that may write. */
export type MutationUpdateEntityArgs = {
  id: Scalars['ID']['input'];
  input: EntityUpdate;
};

/** Anything with a global id: entities, claims, articles, channels. */
export type Node = {
  /** Opaque global id; pass it back to node(id:), entity(id:), claims(filter:) and path(from:, to:). */
  id: Scalars['ID']['output'];
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending: oldest or smallest first. */
  | 'ASC'
  /** Descending: newest or largest first. */
  | 'DESC';

/** An organization: a government body, armed force, NGO, outlet or platform. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Other names used for it in the text ('Golub', 'the ministry', 'the capital'). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name this entity. */
  articles: Array<Article>;
  /** Claims this entity made. */
  claims: ClaimConnection;
  /** A short description, where the annotation gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of organization: government, military, NGO, media, platform or other. */
  kind: OrganizationKind;
  /** Claims that mention this entity. */
  mentionedIn: ClaimConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Typed links to other entities, in both directions. */
  relations: Array<EntityRelation>;
  /** Person, organization, place or group. */
  type: EntityType;
};


/** An organization: a government body, armed force, NGO, outlet or platform. */
export type OrganizationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeMembers?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An organization: a government body, armed force, NGO, outlet or platform. */
export type OrganizationMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of organization. */
export type OrganizationKind =
  /** A government or ministry. */
  | 'GOVERNMENT'
  /** A news outlet or agency. */
  | 'MEDIA'
  /** An armed force or command. */
  | 'MILITARY'
  /** A non-governmental organization. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER'
  /** A social network or publishing platform. */
  | 'PLATFORM';

/** Where a page is in its connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last edge's cursor; pass it as after for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The shortest connection between two nodes. */
export type Path = {
  __typename?: 'Path';
  /** The number of relationships on the path. */
  length: Scalars['Int']['output'];
  /** The nodes along the path, from the start to the end. */
  nodes: Array<Node>;
  /** The hops, in order. */
  steps: Array<PathStep>;
};

/** One hop of a path: two nodes and the relationship between them. */
export type PathStep = {
  __typename?: 'PathStep';
  /** What links the two nodes, in words: 'Pentagon official is a member of Pentagon'. */
  explanation: Scalars['String']['output'];
  /** The node this step starts from. */
  from: Node;
  /** The relationship type, e.g. CLAIMED_BY, MEMBER_OF. */
  relationship: Scalars['String']['output'];
  /** The node this step reaches. */
  to: Node;
  /** True when the step only enters or leaves an article that the nodes either side both appear in: the weakest kind of link, since sharing an article says nothing else about how they are connected. */
  weakLink: Scalars['Boolean']['output'];
};

/** A named person. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names used for it in the text ('Golub', 'the ministry', 'the capital'). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name this entity. */
  articles: Array<Article>;
  /** Claims this entity made. */
  claims: ClaimConnection;
  /** A short description, where the annotation gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Claims that mention this entity. */
  mentionedIn: ClaimConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Typed links to other entities, in both directions. */
  relations: Array<EntityRelation>;
  /** Person, organization, place or group. */
  type: EntityType;
};


/** A named person. */
export type PersonClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeMembers?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A named person. */
export type PersonMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A country, city or region. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Other names used for it in the text ('Golub', 'the ministry', 'the capital'). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name this entity. */
  articles: Array<Article>;
  /** Claims this entity made. */
  claims: ClaimConnection;
  /** A short description, where the annotation gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Claims that mention this entity. */
  mentionedIn: ClaimConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Typed links to other entities, in both directions. */
  relations: Array<EntityRelation>;
  /** Person, organization, place or group. */
  type: EntityType;
};


/** A country, city or region. */
export type PlaceClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeMembers?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A country, city or region. */
export type PlaceMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The part a node plays in a claim's provenance chain. */
export type ProvenanceRole =
  /** The article that carries it. */
  | 'ARTICLE'
  /** Who wrote the article. */
  | 'AUTHOR'
  /** Where the claimant first published it. */
  | 'CHANNEL'
  /** Who made the claim. */
  | 'CLAIMANT'
  /** An outlet that carried it on. */
  | 'INTERMEDIARY'
  /** Who published the article. */
  | 'PUBLISHER';

/** One link of a provenance chain: a node and its role. */
export type ProvenanceStep = {
  __typename?: 'ProvenanceStep';
  /** The entity, channel or article. */
  node: Node;
  /** The part this node plays. */
  role: ProvenanceRole;
};

/** Reads of the provenance graph. */
export type Query = {
  __typename?: 'Query';
  /** An article by its global id; null when there is none. */
  article?: Maybe<Article>;
  /** Newest first. */
  articles: ArticleConnection;
  /** A claim by its global id; null when there is none. */
  claim?: Maybe<Claim>;
  /** Claims, filtered and ordered. */
  claims: ClaimConnection;
  /** Pairs of conflicting claims, each side's provenance reachable through the Claim. */
  contradictions: Array<Contradiction>;
  /** Every recorded change, newest first. */
  edits: EditConnection;
  /** Entities, by name. */
  entities: EntityConnection;
  /** By id, or by name: the canonical name or any alias, case-insensitive. */
  entity?: Maybe<Entity>;
  /** Every recorded change to one node, newest first; a merged entity's id lists the merge and the changes before it. */
  history: EditConnection;
  /** Any node by its global id; null when there is none. */
  node?: Maybe<Node>;
  /** Shortest connection between two nodes within maxHops (1-6); null when there is none. */
  path?: Maybe<Path>;
  /** Full-text search over entity names and aliases, claim text and quotes, and article titles, decks and text. The query is taken as plain words: Lucene syntax in it has no effect. */
  search: Array<SearchHit>;
};


/** Reads of the provenance graph. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the provenance graph. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the provenance graph. */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the provenance graph. */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClaimOrder>;
};


/** Reads of the provenance graph. */
export type QueryContradictionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the provenance graph. */
export type QueryEditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the provenance graph. */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the provenance graph. */
export type QueryEntityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the provenance graph. */
export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Reads of the provenance graph. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the provenance graph. */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Reads of the provenance graph. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/** What reextractArticle changed. */
export type ReextractResult = {
  __typename?: 'ReextractResult';
  /** Claims the extractor made now. */
  added: Scalars['Int']['output'];
  /** The article, with its claims as they are now. */
  article: Article;
  /** The edit that records the re-extraction. */
  edit: Edit;
  /** Claims a person made or edited, kept as they were. */
  kept: Scalars['Int']['output'];
  /** Machine-made claims removed. */
  removed: Scalars['Int']['output'];
};

/** Which end of a relation an entity is. */
export type RelationDirection =
  /** This entity is the object: the committee is headed by Golub. */
  | 'INCOMING'
  /** This entity is the subject: Golub HEAD_OF the committee. */
  | 'OUTGOING';

/** A date in a claim, resolved against the article's publication date. */
export type SaidOn = {
  __typename?: 'SaidOn';
  /** The date, to the precision given. */
  date: Scalars['Date']['output'];
  /** Whether the text gives the day, the week, the month or only the year. */
  precision: DatePrecision;
  /** The words that gave the date: 'Wednesday', 'since Thursday'. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A full-text search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The passages of the hit that match the query's words (compared by stem, as the index does: 'capture' matches 'captured'), up to three, each a matching word with some context; from the name and aliases, the claim's text and quote, or the article's title, deck and text. */
  highlights: Array<Scalars['String']['output']>;
  /** The entity, claim or article found. */
  node: Node;
  /** Lucene relevance score; higher is better. */
  score: Scalars['Float']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Entity:
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
  ;
  Node:
    | ( ArticleModel )
    | ( ChannelModel )
    | ( ClaimModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionModel>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleUpdate: ArticleUpdate;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Channel: ResolverTypeWrapper<ChannelModel>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionModel>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimKind: ClaimKind;
  ClaimOrder: ClaimOrder;
  ClaimOrderField: ClaimOrderField;
  ClaimOrigin: ClaimOrigin;
  ClaimUpdate: ClaimUpdate;
  Contradiction: ResolverTypeWrapper<ContradictionModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteResult: ResolverTypeWrapper<DeleteResultModel>;
  Edit: ResolverTypeWrapper<EditModel>;
  EditConnection: ResolverTypeWrapper<EditConnectionModel>;
  EditEdge: ResolverTypeWrapper<Omit<EditEdge, 'node'> & { node: ResolversTypes['Edit'] }>;
  EditOperation: EditOperation;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionModel>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityRelation: ResolverTypeWrapper<EntityRelationModel>;
  EntityRelationType: EntityRelationType;
  EntityType: EntityType;
  EntityUpdate: EntityUpdate;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Extractor: ResolverTypeWrapper<Extractor>;
  Figure: ResolverTypeWrapper<FigureModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Group: ResolverTypeWrapper<EntityModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  IngestStats: ResolverTypeWrapper<IngestStats>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Modality: Modality;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<EntityModel>;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathModel>;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  Person: ResolverTypeWrapper<EntityModel>;
  Place: ResolverTypeWrapper<EntityModel>;
  ProvenanceRole: ProvenanceRole;
  ProvenanceStep: ResolverTypeWrapper<ProvenanceStepModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReextractResult: ResolverTypeWrapper<ReextractResultModel>;
  RelationDirection: RelationDirection;
  SaidOn: ResolverTypeWrapper<SaidOn>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Article: ArticleModel;
  ArticleConnection: ArticleConnectionModel;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleUpdate: ArticleUpdate;
  Boolean: Scalars['Boolean']['output'];
  Channel: ChannelModel;
  Claim: ClaimModel;
  ClaimConnection: ClaimConnectionModel;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimOrder: ClaimOrder;
  ClaimUpdate: ClaimUpdate;
  Contradiction: ContradictionModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteResult: DeleteResultModel;
  Edit: EditModel;
  EditConnection: EditConnectionModel;
  EditEdge: Omit<EditEdge, 'node'> & { node: ResolversParentTypes['Edit'] };
  Entity: EntityModel;
  EntityConnection: EntityConnectionModel;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityRelation: EntityRelationModel;
  EntityUpdate: EntityUpdate;
  Evidence: EvidenceModel;
  Extractor: Extractor;
  Figure: FigureModel;
  Float: Scalars['Float']['output'];
  Group: EntityModel;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestResult: IngestResultModel;
  IngestStats: IngestStats;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityModel;
  PageInfo: PageInfo;
  Path: PathModel;
  PathStep: PathStepModel;
  Person: EntityModel;
  Place: EntityModel;
  ProvenanceStep: ProvenanceStepModel;
  Query: Record<PropertyKey, never>;
  ReextractResult: ReextractResultModel;
  SaidOn: SaidOn;
  SearchHit: SearchHitModel;
  String: Scalars['String']['output'];
}>;

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  captionCredit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ArticleClaimsArgs, 'first'>>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deck?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageCredits?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAtText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
}>;

export type ChannelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medium?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  claimantMentions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contradicts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disputedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  extractor?: Resolver<Maybe<ResolversTypes['Extractor']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ClaimOrigin'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['ProvenanceStep']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refersTo?: Resolver<Maybe<ResolversTypes['SaidOn']>, ParentType, ContextType>;
  reportedVia?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  saidOn?: Resolver<Maybe<ResolversTypes['SaidOn']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type ContradictionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Contradiction'] = ResolversParentTypes['Contradiction']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  edit?: Resolver<ResolversTypes['Edit'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EditResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Edit'] = ResolversParentTypes['Edit']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['EditOperation'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type EditConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EditConnection'] = ResolversParentTypes['EditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EditEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Edit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EditEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EditEdge'] = ResolversParentTypes['EditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Edit'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Group' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EntityRelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityRelation'] = ResolversParentTypes['EntityRelation']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['RelationDirection'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityRelationType'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExtractorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Extractor'] = ResolversParentTypes['Extractor']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<GroupClaimsArgs, 'first' | 'includeMembers'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<GroupMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['IngestStats'], ParentType, ContextType>;
}>;

export type IngestStatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestStats'] = ResolversParentTypes['IngestStats']> = ResolversObject<{
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entitiesMerged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesNew?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteArticle?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  deleteClaim?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteClaimArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'dryRun' | 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'from' | 'into'>>;
  reextractArticle?: Resolver<ResolversTypes['ReextractResult'], ParentType, ContextType, RequireFields<MutationReextractArticleArgs, 'id'>>;
  updateArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationUpdateArticleArgs, 'id' | 'input'>>;
  updateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'id' | 'input'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id' | 'input'>>;
}>;

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Article' | 'Channel' | 'Claim' | 'Group' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<OrganizationClaimsArgs, 'first' | 'includeMembers'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<OrganizationMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  weakLink?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PersonClaimsArgs, 'first' | 'includeMembers'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PersonMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PlaceClaimsArgs, 'first' | 'includeMembers'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PlaceMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvenanceStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProvenanceStep'] = ResolversParentTypes['ProvenanceStep']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProvenanceRole'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  contradictions?: Resolver<Array<ResolversTypes['Contradiction']>, ParentType, ContextType, RequireFields<QueryContradictionsArgs, 'first'>>;
  edits?: Resolver<ResolversTypes['EditConnection'], ParentType, ContextType, RequireFields<QueryEditsArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, Partial<QueryEntityArgs>>;
  history?: Resolver<ResolversTypes['EditConnection'], ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
}>;

export type ReextractResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReextractResult'] = ResolversParentTypes['ReextractResult']> = ResolversObject<{
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Edit'], ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SaidOnResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SaidOn'] = ResolversParentTypes['SaidOn']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  highlights?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ApiContext> = ResolversObject<{
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Contradiction?: ContradictionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Edit?: EditResolvers<ContextType>;
  EditConnection?: EditConnectionResolvers<ContextType>;
  EditEdge?: EditEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityRelation?: EntityRelationResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Extractor?: ExtractorResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IngestStats?: IngestStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  ProvenanceStep?: ProvenanceStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReextractResult?: ReextractResultResolvers<ContextType>;
  SaidOn?: SaidOnResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
}>;

