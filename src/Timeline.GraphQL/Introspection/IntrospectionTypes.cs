using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Introspection;

/// <summary>
/// The introspection types of the September 2025 specification, shared by every schema. Their resolvers read
/// the schema objects directly: a <see cref="GraphQLType"/> is a <c>__Type</c>, a <see cref="FieldDefinition"/> a <c>__Field</c>, and so on.
/// </summary>
public static class IntrospectionTypes
{
    public static EnumType TypeKind { get; } = new(
        "__TypeKind",
        [
            Value("SCALAR", Types.TypeKind.Scalar, "Indicates this type is a scalar."),
            Value("OBJECT", Types.TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            Value("INTERFACE", Types.TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            Value("UNION", Types.TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
            Value("ENUM", Types.TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
            Value("INPUT_OBJECT", Types.TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
            Value("LIST", Types.TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
            Value("NON_NULL", Types.TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
        ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    public static EnumType DirectiveLocation { get; } = new(
        "__DirectiveLocation",
        [
            Value("QUERY", Language.DirectiveLocation.Query, "Location adjacent to a query operation."),
            Value("MUTATION", Language.DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
            Value("SUBSCRIPTION", Language.DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
            Value("FIELD", Language.DirectiveLocation.Field, "Location adjacent to a field."),
            Value("FRAGMENT_DEFINITION", Language.DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
            Value("FRAGMENT_SPREAD", Language.DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
            Value("INLINE_FRAGMENT", Language.DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
            Value("VARIABLE_DEFINITION", Language.DirectiveLocation.VariableDefinition, "Location adjacent to an operation variable definition."),
            Value("SCHEMA", Language.DirectiveLocation.Schema, "Location adjacent to a schema definition."),
            Value("SCALAR", Language.DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
            Value("OBJECT", Language.DirectiveLocation.Object, "Location adjacent to an object type definition."),
            Value("FIELD_DEFINITION", Language.DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
            Value("ARGUMENT_DEFINITION", Language.DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
            Value("INTERFACE", Language.DirectiveLocation.Interface, "Location adjacent to an interface definition."),
            Value("UNION", Language.DirectiveLocation.Union, "Location adjacent to a union definition."),
            Value("ENUM", Language.DirectiveLocation.Enum, "Location adjacent to an enum definition."),
            Value("ENUM_VALUE", Language.DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
            Value("INPUT_OBJECT", Language.DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
            Value("INPUT_FIELD_DEFINITION", Language.DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
            Value("DIRECTIVE_DEFINITION", Language.DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
        ])
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    public static ObjectType Schema { get; } = new("__Schema", IntrospectionFields.SchemaFields)
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    public static ObjectType Type { get; } = new("__Type", IntrospectionFields.TypeFields)
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    public static ObjectType Field { get; } = new("__Field", IntrospectionFields.FieldFields)
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    public static ObjectType InputValue { get; } = new("__InputValue", IntrospectionFields.InputValueFields)
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    public static ObjectType EnumValue { get; } = new("__EnumValue", IntrospectionFields.EnumValueFields)
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    public static ObjectType Directive { get; } = new("__Directive", IntrospectionFields.DirectiveFields)
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    /// <summary>All eight, in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    /// <summary>Whether the type is one of the introspection types (by name, as graphql-js checks).</summary>
    public static bool IsIntrospectionType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return All.Any(t => string.Equals(t.Name, type.Name, StringComparison.Ordinal));
    }

    private static EnumValueDefinition Value(string name, object value, string description) => new(name, value) { Description = description };
}
