namespace Timeline.GraphQL.Tests.Building;

/// <summary>
/// The conformance fixture schema, and what graphql-js 17.1 prints for it (printSchema(buildSchema(sdl))).
/// graphql-js prints short descriptions as block strings and arguments without descriptions on one line,
/// so its output differs in layout from the hand-written fixture.
/// </summary>
internal static class ConformanceSchema
{
    public const string Sdl = """"
"""
Conformance fixture: a tiny newsroom graph.
Every GraphQL implementation under test resolves it by the rules in README.md.
"""
schema {
  query: Query
  mutation: Mutation
}

"An ISO-8601 calendar date such as 2020-01-03."
scalar Date @specifiedBy(url: "https://www.iso.org/iso-8601-date-and-time-format.html")

"How exactly the date of an event is known."
enum Precision {
  DAY
  MONTH
  YEAR
  "Kept for old clients."
  DECADE @deprecated(reason: "Use YEAR.")
}

"Anything with a global id."
interface Node {
  id: ID!
}

"Anything with a display name."
interface Named {
  name: String!
}

type Person implements Node & Named {
  id: ID!
  name: String!
  aliases: [String!]!
  born: Date
  age: Int
  memberOf: [Organization!]!
  knows: [Person!]
}

type Organization implements Node & Named {
  id: ID!
  name: String!
  members: [Person!]!
  parent: Organization
  founded: Int
}

type Place implements Node & Named {
  id: ID!
  name: String!
  population: Int
  lat: Float
  lon: Float
  partOf: Place
}

"Who took part in an event."
union Actor = Person | Organization

type Event implements Node {
  id: ID!
  title: String!
  date: Date
  precision: Precision!
  actors: [Actor!]!
  place: Place
  tags: [String]
  score: Float
  confirmed: Boolean!
  followedBy: [Event!]!
  code: String @deprecated(reason: "Codes are no longer assigned.")
}

"A closed or open range of dates."
input DateRange {
  from: Date
  to: Date
}

input EchoInput {
  text: String
  count: Int = 1
  ratio: Float
  flag: Boolean
  precision: Precision
  tags: [String!]
  range: DateRange
  nested: [EchoInput]
  id: ID
  legacy: String @deprecated(reason: "Ignored.")
}

"Exactly one way to name an event."
input EventRef @oneOf {
  id: ID
  title: String
}

type Nested {
  value: Int
  fail: String
  failNonNull: String!
  child: Nested
  list: [Nested]
  strictList: [Nested!]
  strictListNonNull: [Nested!]!
}

type Query {
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
  event(id: ID!): Event
  find(ref: EventRef!): Event
  events: [Event!]!
  people: [Person!]!
  places: [Place]
  actors: [Actor!]!
  echo(
    text: String
    count: Int = 3
    ratio: Float
    flag: Boolean
    id: ID
    precision: Precision = DAY
    tags: [String!]
    date: Date
    input: EchoInput
    inputs: [EchoInput!]
    ref: EventRef
    old: String @deprecated(reason: "Ignored.")
  ): String!
  fail: String
  failNonNull: String!
  nested: Nested
  legacy: String @deprecated
}

type Mutation {
  append(entry: String!): [String!]!
  failAppend(entry: String!): [String!]
}
"""";

    public const string PrintedByGraphQLJs = """"
"""
Conformance fixture: a tiny newsroom graph.
Every GraphQL implementation under test resolves it by the rules in README.md.
"""
schema {
  query: Query
  mutation: Mutation
}

"""An ISO-8601 calendar date such as 2020-01-03."""
scalar Date @specifiedBy(url: "https://www.iso.org/iso-8601-date-and-time-format.html")

"""How exactly the date of an event is known."""
enum Precision {
  DAY
  MONTH
  YEAR

  """Kept for old clients."""
  DECADE @deprecated(reason: "Use YEAR.")
}

"""Anything with a global id."""
interface Node {
  id: ID!
}

"""Anything with a display name."""
interface Named {
  name: String!
}

type Person implements Node & Named {
  id: ID!
  name: String!
  aliases: [String!]!
  born: Date
  age: Int
  memberOf: [Organization!]!
  knows: [Person!]
}

type Organization implements Node & Named {
  id: ID!
  name: String!
  members: [Person!]!
  parent: Organization
  founded: Int
}

type Place implements Node & Named {
  id: ID!
  name: String!
  population: Int
  lat: Float
  lon: Float
  partOf: Place
}

"""Who took part in an event."""
union Actor = Person | Organization

type Event implements Node {
  id: ID!
  title: String!
  date: Date
  precision: Precision!
  actors: [Actor!]!
  place: Place
  tags: [String]
  score: Float
  confirmed: Boolean!
  followedBy: [Event!]!
  code: String @deprecated(reason: "Codes are no longer assigned.")
}

"""A closed or open range of dates."""
input DateRange {
  from: Date
  to: Date
}

input EchoInput {
  text: String
  count: Int = 1
  ratio: Float
  flag: Boolean
  precision: Precision
  tags: [String!]
  range: DateRange
  nested: [EchoInput]
  id: ID
  legacy: String @deprecated(reason: "Ignored.")
}

"""Exactly one way to name an event."""
input EventRef @oneOf {
  id: ID
  title: String
}

type Nested {
  value: Int
  fail: String
  failNonNull: String!
  child: Nested
  list: [Nested]
  strictList: [Nested!]
  strictListNonNull: [Nested!]!
}

type Query {
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
  event(id: ID!): Event
  find(ref: EventRef!): Event
  events: [Event!]!
  people: [Person!]!
  places: [Place]
  actors: [Actor!]!
  echo(text: String, count: Int = 3, ratio: Float, flag: Boolean, id: ID, precision: Precision = DAY, tags: [String!], date: Date, input: EchoInput, inputs: [EchoInput!], ref: EventRef, old: String @deprecated(reason: "Ignored.")): String!
  fail: String
  failNonNull: String!
  nested: Nested
  legacy: String @deprecated
}

type Mutation {
  append(entry: String!): [String!]!
  failAppend(entry: String!): [String!]
}
"""";
}
