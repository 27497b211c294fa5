using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types;

/// <summary>The directives every schema has: @include, @skip, @deprecated, @specifiedBy and @oneOf.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason @deprecated gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", SpecifiedScalars.Boolean.AsNonNull()) { Description = "Included when true." }])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
    };

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", SpecifiedScalars.Boolean.AsNonNull()) { Description = "Skipped when true." }])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
    };

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
        [
            new InputValueDefinition("reason", SpecifiedScalars.String.AsNonNull())
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = DefaultDeprecationReason,
            },
        ])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
    };

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new InputValueDefinition("url", SpecifiedScalars.String.AsNonNull()) { Description = "The URL that specifies the behavior of this scalar." }])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
    };

    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>In graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return All.Any(d => string.Equals(d.Name, directive.Name, StringComparison.Ordinal));
    }
}
