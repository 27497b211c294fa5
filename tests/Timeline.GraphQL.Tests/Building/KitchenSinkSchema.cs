namespace Timeline.GraphQL.Tests.Building;

/// <summary>
/// An SDL document using every type-system feature (schema description and directives, custom repeatable
/// directives, interfaces implementing interfaces, extensions of every kind, oneOf, specifiedBy, deprecations,
/// default values of every shape, tricky descriptions), with graphql-js 17.1's printSchema output and the
/// introspection defaultValue strings it gives.
/// </summary>
internal static class KitchenSinkSchema
{
    public const string Sdl = """"
"""
A schema with
  indented description lines
"""
schema @custom(tags: ["a"]) {
  query: Root
  mutation: Change
  subscription: Feed
}

"A directive with described arguments."
directive @custom(
  "Tags of it."
  tags: [String!] = ["x", "y"]
  level: Int = 2
) repeatable on SCHEMA | SCALAR | INTERFACE | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | QUERY | FIELD

directive @plain on FIELD

interface Entity {
  id: ID!
}

interface Resource implements Entity {
  id: ID!
  "The \"url\" of it\\"
  url(scheme: String = "https", "Port number" port: Int): String
}

type Page implements Resource & Entity @custom {
  id: ID!
  url(scheme: String = "https", port: Int): String
  tags: [[String!]]! @deprecated(reason: """Multi
line reason""")
  size(unit: Unit = BYTES, range: Range = {from: 1, to: 10.5, opts: {deep: [true, false]}}): Float @custom(level: 3)
}

type Root {
  page(id: ID!): Page
  search(q: String! = "", limit: Int = -3, ratio: Float = 1e3, any: Boolean = null): [Result!]
  entity: Entity
}

type Change {
  rename(id: ID!, name: String!): Page
}

type Feed {
  pages: Page
}

union Result = | Page | Other

type Other {
  "   leading spaces in a description"
  ok: Boolean
  """
  trailing quote "
  """
  quote: String
  tab: String
}

enum Unit {
  BYTES
  KB @deprecated
  MB @custom(level: 1)
}

input Range {
  from: Int!
  to: Float = 100
  opts: Options
}

input Options {
  deep: [Boolean!]
}

input Choice @oneOf {
  a: Int
  b: Range
}

scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

extend type Other {
  extra: Url
  choose(c: Choice): Int
}

extend scalar Url @custom

extend union Result = Extra

type Extra {
  e: Int
}

extend enum Unit {
  GB
}

extend input Options {
  more: String
}

extend interface Entity @custom
"""";

    public const string PrintedByGraphQLJs = """"
"""
A schema with
  indented description lines
"""
schema {
  query: Root
  mutation: Change
  subscription: Feed
}

"""A directive with described arguments."""
directive @custom(
  """Tags of it."""
  tags: [String!] = ["x", "y"]
  level: Int = 2
) repeatable on SCHEMA | SCALAR | INTERFACE | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | QUERY | FIELD

directive @plain on FIELD

interface Entity {
  id: ID!
}

interface Resource implements Entity {
  id: ID!

  """
  The "url" of it\
  """
  url(
    scheme: String = "https"

    """Port number"""
    port: Int
  ): String
}

type Page implements Resource & Entity {
  id: ID!
  url(scheme: String = "https", port: Int): String
  tags: [[String!]]! @deprecated(reason: "Multi\nline reason")
  size(unit: Unit = BYTES, range: Range = { from: 1, to: 10.5, opts: { deep: [true, false] } }): Float
}

type Root {
  page(id: ID!): Page
  search(q: String! = "", limit: Int = -3, ratio: Float = 1e3, any: Boolean = null): [Result!]
  entity: Entity
}

type Change {
  rename(id: ID!, name: String!): Page
}

type Feed {
  pages: Page
}

union Result = Page | Other | Extra

type Other {
  """   leading spaces in a description"""
  ok: Boolean

  """
  trailing quote "
  """
  quote: String
  tab: String
  extra: Url
  choose(c: Choice): Int
}

enum Unit {
  BYTES
  KB @deprecated
  MB
  GB
}

input Range {
  from: Int!
  to: Float = 100
  opts: Options
}

input Options {
  deep: [Boolean!]
  more: String
}

input Choice @oneOf {
  a: Int
  b: Range
}

scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

type Extra {
  e: Int
}
"""";

    public const string DefaultValuesByGraphQLJs = """"
Resource.url(scheme:) => "https"
Page.url(scheme:) => "https"
Page.size(unit:) => BYTES
Page.size(range:) => { from: 1, to: 10.5, opts: { deep: [true, false] } }
Root.search(q:) => ""
Root.search(limit:) => -3
Root.search(ratio:) => 1e3
Root.search(any:) => null
Range.to => 100
@custom(tags:) => ["x", "y"]
@custom(level:) => 2
@deprecated(reason:) => "No longer supported"
"""";
}
