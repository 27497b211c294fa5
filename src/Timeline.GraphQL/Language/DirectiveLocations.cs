namespace Timeline.GraphQL.Language;

/// <summary>Converts between <see cref="DirectiveLocation"/> and the spec's names such as <c>FIELD_DEFINITION</c>.</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY",
        "MUTATION",
        "SUBSCRIPTION",
        "FIELD",
        "FRAGMENT_DEFINITION",
        "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
        "SCHEMA",
        "SCALAR",
        "OBJECT",
        "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION",
        "INTERFACE",
        "UNION",
        "ENUM",
        "ENUM_VALUE",
        "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    /// <summary>All locations in the spec's order.</summary>
    public static IReadOnlyList<DirectiveLocation> All { get; } = Enum.GetValues<DirectiveLocation>();

    /// <summary>The spec name, e.g. <c>INPUT_FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Reads a spec name (case-sensitive, as in SDL).</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(Names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
