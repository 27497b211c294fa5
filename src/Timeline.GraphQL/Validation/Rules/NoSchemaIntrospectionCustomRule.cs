// Not in the spec's validation section: an optional rule (graphql-js's NoSchemaIntrospectionCustomRule), off by default.
using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>Refuses schema introspection: any field whose type is an introspection type (<c>__schema</c>, <c>__type</c>...).</summary>
public sealed class NoSchemaIntrospectionCustomRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(NoSchemaIntrospectionCustomRule), c => new NoSchemaIntrospectionCustomRule(c));

    public override VisitAction EnterField(FieldNode node)
    {
        if (context.Type?.GetNamedType() is { } type && IntrospectionTypes.IsIntrospectionType(type))
        {
            context.ReportError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{node.Name.Value}\".",
                node);
        }

        return VisitAction.Continue;
    }
}
