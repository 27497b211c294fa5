using System.Runtime.CompilerServices;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object.
/// A default value is held as a literal (from SDL) and/or as a runtime value; each is derived from the other on demand.
/// </summary>
public sealed class InputValueDefinition
{
    private readonly object? defaultValue;
    private readonly ValueNode? defaultValueLiteral;
    private readonly bool hasRuntimeDefault;

    // One reference, published atomically: readers on other threads see either nothing or the finished value.
    private StrongBox<object?>? coercedLiteralDefault;

    public InputValueDefinition(string name, GraphQLType type)
    {
        Name = NameValidator.AssertName(name, nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>Whether a default value was given, as a runtime value or as a literal.</summary>
    public bool HasDefaultValue => hasRuntimeDefault || defaultValueLiteral is not null;

    /// <summary>Required: non-null without a default.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    /// <summary>The default as the runtime value a resolver receives (e.g. an enum's runtime value, a dictionary for an input object).</summary>
    public object? DefaultValue
    {
        get
        {
            if (hasRuntimeDefault || defaultValueLiteral is null)
            {
                return defaultValue;
            }

            return (coercedLiteralDefault ??= new StrongBox<object?>(
                ValueFromAst.TryConvert(defaultValueLiteral, Type, null, out var value) ? value : null)).Value;
        }

        init
        {
            defaultValue = value;
            hasRuntimeDefault = true;
        }
    }

    /// <summary>The default as written in SDL, when it came from SDL.</summary>
    public ValueNode? DefaultValueLiteral
    {
        get => defaultValueLiteral;
        init => defaultValueLiteral = value;
    }

    public override string ToString() => Name + ": " + Type;
}
