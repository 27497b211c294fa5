namespace Timeline.GraphQL.Language;

/// <summary>
/// Where a node sits in its source: character offsets [Start, End) and the 1-based line and column of Start.
/// The lexer tracks lines as it goes, so carrying them costs nothing extra.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public SourceLocation ToSourceLocation() => new(Line, Column);
}
