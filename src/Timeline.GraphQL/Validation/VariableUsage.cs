using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// A variable used in a value: the expected input type there (null when unknown), the default value of the
/// argument or input field it is given to, and the input type enclosing the position (e.g. a oneOf input object).
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, DefaultValue DefaultValue, GraphQLType? ParentType);
