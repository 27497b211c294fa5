namespace Timeline.GraphQL;

/// <summary>A 1-based line and column in a GraphQL source, as reported in the "locations" of an error.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
