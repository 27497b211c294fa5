using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Introspection;

/// <summary>The fields of the introspection object types, each resolving synchronously from the schema objects.</summary>
internal static class IntrospectionFields
{
    private static readonly ValueTask<object?> Null = new((object?)null);

    // Leaves boxed once: introspection answers hold many booleans and type kinds, and a box per leaf adds up.
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Kinds = Enum.GetValues<TypeKind>().Select(k => (object)k).ToArray();

    private static GraphQLType NonNullString => SpecifiedScalars.String.AsNonNull();

    private static GraphQLType NonNullBoolean => SpecifiedScalars.Boolean.AsNonNull();

    public static IEnumerable<FieldDefinition> SchemaFields() =>
    [
        Field("description", SpecifiedScalars.String, c => ((Schema)c.Parent!).Description),
        Field("types", IntrospectionTypes.Type.AsNonNull().AsList().AsNonNull(), c => ((Schema)c.Parent!).Types, "A list of all types supported by this server."),
        Field("queryType", IntrospectionTypes.Type.AsNonNull(), c => ((Schema)c.Parent!).Query, "The type that query operations will be rooted at."),
        Field("mutationType", IntrospectionTypes.Type, c => ((Schema)c.Parent!).Mutation, "If this server supports mutation, the type that mutation operations will be rooted at."),
        Field("subscriptionType", IntrospectionTypes.Type, c => ((Schema)c.Parent!).Subscription, "If this server support subscription, the type that subscription operations will be rooted at."),
        Field("directives", IntrospectionTypes.Directive.AsNonNull().AsList().AsNonNull(), c => ((Schema)c.Parent!).Directives, "A list of all directives supported by this server."),
    ];

    public static IEnumerable<FieldDefinition> TypeFields() =>
    [
        Field("kind", IntrospectionTypes.TypeKind.AsNonNull(), c => Kinds[(int)((GraphQLType)c.Parent!).Kind]),
        Field("name", SpecifiedScalars.String, c => (c.Parent as NamedType)?.Name),
        Field("description", SpecifiedScalars.String, c => (c.Parent as NamedType)?.Description),
        Field("specifiedByURL", SpecifiedScalars.String, c => (c.Parent as ScalarType)?.SpecifiedByUrl),
        Field(
            "fields",
            IntrospectionTypes.Field.AsNonNull().AsList(),
            c => c.Parent is ComplexType complex ? Filter(complex.Fields, f => f.IsDeprecated, IncludeDeprecated(c)) : null,
            arguments: [IncludeDeprecatedArgument()]),
        Field("interfaces", IntrospectionTypes.Type.AsNonNull().AsList(), c => (c.Parent as ComplexType)?.Interfaces),
        Field(
            "possibleTypes",
            IntrospectionTypes.Type.AsNonNull().AsList(),
            c => c.Parent is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Parent) : null),
        Field(
            "enumValues",
            IntrospectionTypes.EnumValue.AsNonNull().AsList(),
            c => c.Parent is EnumType enumType ? Filter(enumType.Values, v => v.IsDeprecated, IncludeDeprecated(c)) : null,
            arguments: [IncludeDeprecatedArgument()]),
        Field(
            "inputFields",
            IntrospectionTypes.InputValue.AsNonNull().AsList(),
            c => c.Parent is InputObjectType input ? Filter(input.Fields, f => f.IsDeprecated, IncludeDeprecated(c)) : null,
            arguments: [IncludeDeprecatedArgument()]),
        Field(
            "ofType",
            IntrospectionTypes.Type,
            c => c.Parent switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
        Field("isOneOf", SpecifiedScalars.Boolean, c => c.Parent is InputObjectType input ? Box(input.IsOneOf) : null),
    ];

    public static IEnumerable<FieldDefinition> FieldFields() =>
    [
        Field("name", NonNullString, c => ((FieldDefinition)c.Parent!).Name),
        Field("description", SpecifiedScalars.String, c => ((FieldDefinition)c.Parent!).Description),
        Field(
            "args",
            IntrospectionTypes.InputValue.AsNonNull().AsList().AsNonNull(),
            c => Filter(((FieldDefinition)c.Parent!).Arguments, a => a.IsDeprecated, IncludeDeprecated(c)),
            arguments: [IncludeDeprecatedArgument()]),
        Field("type", IntrospectionTypes.Type.AsNonNull(), c => ((FieldDefinition)c.Parent!).Type),
        Field("isDeprecated", NonNullBoolean, c => Box(((FieldDefinition)c.Parent!).IsDeprecated)),
        Field("deprecationReason", SpecifiedScalars.String, c => ((FieldDefinition)c.Parent!).DeprecationReason),
    ];

    public static IEnumerable<FieldDefinition> InputValueFields() =>
    [
        Field("name", NonNullString, c => ((InputValueDefinition)c.Parent!).Name),
        Field("description", SpecifiedScalars.String, c => ((InputValueDefinition)c.Parent!).Description),
        Field("type", IntrospectionTypes.Type.AsNonNull(), c => ((InputValueDefinition)c.Parent!).Type),
        Field(
            "defaultValue",
            SpecifiedScalars.String,
            c => DefaultValuePrinter.Print((InputValueDefinition)c.Parent!),
            "A GraphQL-formatted string representing the default value for this input value."),
        Field("isDeprecated", NonNullBoolean, c => Box(((InputValueDefinition)c.Parent!).IsDeprecated)),
        Field("deprecationReason", SpecifiedScalars.String, c => ((InputValueDefinition)c.Parent!).DeprecationReason),
    ];

    public static IEnumerable<FieldDefinition> EnumValueFields() =>
    [
        Field("name", NonNullString, c => ((EnumValueDefinition)c.Parent!).Name),
        Field("description", SpecifiedScalars.String, c => ((EnumValueDefinition)c.Parent!).Description),
        Field("isDeprecated", NonNullBoolean, c => Box(((EnumValueDefinition)c.Parent!).IsDeprecated)),
        Field("deprecationReason", SpecifiedScalars.String, c => ((EnumValueDefinition)c.Parent!).DeprecationReason),
    ];

    public static IEnumerable<FieldDefinition> DirectiveFields() =>
    [
        Field("name", NonNullString, c => ((DirectiveDefinition)c.Parent!).Name),
        Field("description", SpecifiedScalars.String, c => ((DirectiveDefinition)c.Parent!).Description),
        Field("isRepeatable", NonNullBoolean, c => Box(((DirectiveDefinition)c.Parent!).IsRepeatable)),
        Field("locations", IntrospectionTypes.DirectiveLocation.AsNonNull().AsList().AsNonNull(), c => ((DirectiveDefinition)c.Parent!).BoxedLocations),
        Field(
            "args",
            IntrospectionTypes.InputValue.AsNonNull().AsList().AsNonNull(),
            c => Filter(((DirectiveDefinition)c.Parent!).Arguments, a => a.IsDeprecated, IncludeDeprecated(c)),
            arguments: [IncludeDeprecatedArgument()]),
    ];

    private static FieldDefinition Field(
        string name,
        GraphQLType type,
        Func<IResolveFieldContext, object?> read,
        string? description = null,
        IEnumerable<InputValueDefinition>? arguments = null) =>
        new(name, type, arguments)
        {
            Description = description,
            Resolver = context =>
            {
                var value = read(context);
                return value is null ? Null : new ValueTask<object?>(value);
            },
        };

    private static object Box(bool value) => value ? True : False;

    private static InputValueDefinition IncludeDeprecatedArgument() =>
        new("includeDeprecated", SpecifiedScalars.Boolean.AsNonNull()) { DefaultValue = false };

    private static bool IncludeDeprecated(IResolveFieldContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated, bool includeDeprecated)
    {
        if (includeDeprecated)
        {
            return items;
        }

        // Index loops: enumerating through the interface would allocate an enumerator per list.
        for (var i = 0; i < items.Count; i++)
        {
            if (!isDeprecated(items[i]))
            {
                continue;
            }

            var kept = new List<T>(items.Count - 1);
            for (var j = 0; j < items.Count; j++)
            {
                if (!isDeprecated(items[j]))
                {
                    kept.Add(items[j]);
                }
            }

            return kept;
        }

        return items;
    }
}
