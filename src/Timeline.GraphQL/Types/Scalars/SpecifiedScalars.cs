namespace Timeline.GraphQL.Types;

/// <summary>The five scalars every schema has, shared by all schemas.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are named after the GraphQL scalars they are.")]
public static class SpecifiedScalars
{
    public static IntScalarType Int { get; } = new();

    public static FloatScalarType Float { get; } = new();

    public static StringScalarType String { get; } = new();

    public static BooleanScalarType Boolean { get; } = new();

    public static IdScalarType ID { get; } = new();

    /// <summary>In graphql-js's order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>Whether the type is one of the specified scalars (by name, as graphql-js checks).</summary>
    public static bool IsSpecified(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type is ScalarType && Find(type.Name) is not null;
    }

    /// <summary>The specified scalar of that name, or null.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
