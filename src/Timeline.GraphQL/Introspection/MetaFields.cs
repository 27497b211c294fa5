using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Introspection;

/// <summary>
/// The fields every selection may ask for without the type declaring them: <c>__typename</c> anywhere,
/// <c>__schema</c> and <c>__type(name:)</c> on the query root. Execution and validation look them up here.
/// </summary>
public static class MetaFields
{
    public static FieldDefinition Schema { get; } = new("__schema", IntrospectionTypes.Schema.AsNonNull())
    {
        Description = "Access the current type schema of this server.",
        Resolver = static context => new ValueTask<object?>(context.Schema),
    };

    public static FieldDefinition Type { get; } = new(
        "__type",
        IntrospectionTypes.Type,
        [new InputValueDefinition("name", SpecifiedScalars.String.AsNonNull())])
    {
        Description = "Request the type information of a single type.",
        Resolver = static context =>
            new ValueTask<object?>(context.Arguments.TryGetValue("name", out var name) && name is string text ? context.Schema.GetType(text) : null),
    };

    public static FieldDefinition TypeName { get; } = new("__typename", SpecifiedScalars.String.AsNonNull())
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = static context => new ValueTask<object?>(context.ParentType.Name),
    };

    /// <summary>
    /// The field named <paramref name="fieldName"/> on <paramref name="parentType"/>, meta-fields included:
    /// <c>__schema</c>/<c>__type</c> only on the query root, <c>__typename</c> on every composite type.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Types.Schema schema, NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (ReferenceEquals(parentType, schema.Query))
            {
                if (fieldName == "__schema")
                {
                    return Schema;
                }

                if (fieldName == "__type")
                {
                    return Type;
                }
            }

            if (fieldName == "__typename" && parentType.IsCompositeType)
            {
                return TypeName;
            }
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }
}
