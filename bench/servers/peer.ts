/**
 * The peer: @neo4j/graphql (a dev dependency, used only here) over the same database, with a
 * schema equivalent to ours on the same labels and relationship types. It translates each whole
 * GraphQL request into one Cypher statement. What its generated API cannot express (full-text
 * search across labels, shortest paths, newest conflicting claims) is a @cypher field, which
 * is how that library is meant to be extended.
 *
 * Served through Apollo Server over the same bare node:http front as ours (src/server/http.ts),
 * so the HTTP layer costs the same on both sides.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { ENTITY_RELATION_FIELDS } from '../workloads.ts';

const relationFields = ENTITY_RELATION_FIELDS.flatMap(([type, out, inc]) => [
  `${out}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "RelationEvidence")`,
  `${inc}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "RelationEvidence")`,
]).join('\n    ');

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity @node {
    id: ID!
    name: String!
    aliases: [String!]
    description: String
    kind: String
    claims: [Claim!]! @relationship(type: "CLAIMED_BY", direction: IN, properties: "Ordered")
    mentionedIn: [Claim!]! @relationship(type: "MENTIONS", direction: IN)
    reportedClaims: [Claim!]! @relationship(type: "REPORTED_VIA", direction: IN, properties: "Ordered")
    ${relationFields}
  }

  type Ordered @relationshipProperties {
    order: Int
  }

  type RelationEvidence @relationshipProperties {
    evidence: String
  }

  type ClaimRelation @relationshipProperties {
    reason: String
  }

  type Claim @node {
    id: ID!
    text: String!
    quote: String
    kind: String!
    modality: String!
    verb: String!
    saidOn: Date
    createdAt: DateTime!
    seq: Int!
    claimants: [Entity!]! @relationship(type: "CLAIMED_BY", direction: OUT, properties: "Ordered")
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
    reportedVia: [Entity!]! @relationship(type: "REPORTED_VIA", direction: OUT, properties: "Ordered")
    channel: [Channel!]! @relationship(type: "VIA_CHANNEL", direction: OUT)
    article: [Article!]! @relationship(type: "APPEARS_IN", direction: OUT)
    contradicts: [Claim!]! @relationship(type: "CONTRADICTS", direction: OUT, properties: "ClaimRelation")
    disputes: [Claim!]! @relationship(type: "DISPUTES", direction: OUT, properties: "ClaimRelation")
  }

  type Channel @node {
    id: ID!
    name: String!
    medium: String!
  }

  type Article @node {
    id: ID!
    title: String!
    publishedAt: DateTime!
    author: [Entity!]! @relationship(type: "WRITTEN_BY", direction: OUT)
    publisher: [Entity!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
  }

  union Searchable = Entity | Claim | Article
  union PathNode = Entity | Claim | Article | Channel

  type Query {
    search(query: String!, first: Int!): [Searchable!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('search', $query, {limit: $first}) YIELD node, score
        RETURN node ORDER BY score DESC, node.id LIMIT $first
        """
        columnName: "node"
      )
    path(from: ID!, to: ID!): [PathNode!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from})
        MATCH (b:Entity {id: $to})
        MATCH p = shortestPath((a)-[*..4]-(b))
        WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
          AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
        UNWIND nodes(p) AS n
        RETURN n
        """
        columnName: "n"
      )
    contradictions(first: Int!): [Claim!]!
      @cypher(
        statement: """
        MATCH (a:Claim) WHERE a.createdAt IS NOT NULL
        WITH a ORDER BY a.createdAt DESC
        MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
        WITH a, b, r ORDER BY a.createdAt DESC, type(r), a.id, b.id LIMIT $first
        WITH DISTINCT a
        RETURN a
        """
        columnName: "a"
      )
  }
`;

export async function createPeerServer(driver: Driver, database: string): Promise<{ server: Server; stop: () => Promise<void> }> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  // Configured like ours (src/server/apollo.ts): no introspection, no cache-control plugin.
  const apollo = new ApolloServer({
    schema: await neoSchema.getSchema(),
    introspection: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: url.search,
          body: raw ? JSON.parse(raw) : undefined,
        },
        context: async () => ({ sessionConfig: { database } }),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') return void res.end(response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  };
  // answer reports its own errors: nothing is left for its promise to carry.
  const server = createServer((req, res) => void answer(req, res));
  return { server, stop: () => apollo.stop() };
}
