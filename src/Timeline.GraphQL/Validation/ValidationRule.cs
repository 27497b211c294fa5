using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// A validation rule: a name and a factory of the visitor that checks one document. The visitor reads the
/// <see cref="ValidationContext"/> (type info, fragments, variable usages) and reports errors to it.
/// </summary>
public sealed class ValidationRule
{
    private readonly Func<ValidationContext, SyntaxVisitor> _createVisitor;

    public ValidationRule(string name, Func<ValidationContext, SyntaxVisitor> createVisitor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(createVisitor);
        Name = name;
        _createVisitor = createVisitor;
    }

    /// <summary>graphql-js's name of the rule, e.g. <c>FieldsOnCorrectTypeRule</c>.</summary>
    public string Name { get; }

    public SyntaxVisitor CreateVisitor(ValidationContext context) => _createVisitor(context);

    public override string ToString() => Name;
}
