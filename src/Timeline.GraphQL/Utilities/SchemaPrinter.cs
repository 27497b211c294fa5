using Timeline.GraphQL.Language;
using System.Text;
using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does: schema definition only when needed,
/// custom directives, then every type but the built-in scalars and introspection types, in type-map order.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.IsSpecified(d)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !SpecifiedScalars.IsSpecified(t) && !IntrospectionTypes.IsIntrospectionType(t))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>One type's definition.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintImplements(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintImplements(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name
            + PrintBlock(enumType.Values.Select((v, i) => PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + PrintBlock(input.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentException($"Unknown named type {type}.", nameof(type)),
    };

    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, string.Empty)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(Language.DirectiveLocations.ToSpecName));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Query is null && schema.Mutation is null && schema.Subscription is null)
        {
            return null;
        }

        var commonNames = ReferenceEquals(schema.Query, schema.GetType("Query"))
            && ReferenceEquals(schema.Mutation, schema.GetType("Mutation"))
            && ReferenceEquals(schema.Subscription, schema.GetType("Subscription"));
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder(PrintDescription(schema.Description)).Append("schema {\n");
        if (schema.Query is not null)
        {
            builder.Append("  query: ").Append(schema.Query.Name).Append('\n');
        }

        if (schema.Mutation is not null)
        {
            builder.Append("  mutation: ").Append(schema.Mutation.Name).Append('\n');
        }

        if (schema.Subscription is not null)
        {
            builder.Append("  subscription: ").Append(schema.Subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintImplements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(ComplexType type) =>
        PrintBlock(type.Fields.Select((f, i) =>
            PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArguments(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string PrintArguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions the arguments fit on one line.
        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (DefaultValuePrinter.Print(value) is { } defaultValue)
        {
            text += " = " + defaultValue;
        }

        return text + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + StringLiterals.Print(reason) + ")",
    };

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + StringLiterals.Print(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockStrings.IsPrintableAsBlockString(description)
            ? BlockStrings.Print(description)
            : StringLiterals.Print(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
