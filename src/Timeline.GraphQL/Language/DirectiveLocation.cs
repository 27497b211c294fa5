namespace Timeline.GraphQL.Language;

/// <summary>Where a directive may appear (spec §3.13); <see cref="DirectiveLocations"/> maps the spec names.</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
#pragma warning disable CA1720 // The spec calls this location OBJECT.
    Object,
#pragma warning restore CA1720
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>On a directive definition, where graphql-js 17 lets <c>@deprecated</c> retire a directive.</summary>
    DirectiveDefinition,
}
