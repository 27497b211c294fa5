using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>A field as selected, with the type it was selected on and its definition there (both null when unknown).</summary>
internal sealed record FieldAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);
