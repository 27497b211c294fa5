namespace Timeline.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax, or that exceeds the parser's limits. The message reads
/// as graphql-js's does ("Syntax Error: Expected Name, found &lt;EOF&gt;.") and the location is exact.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException()
        : this("Invalid syntax.", 0, new SourceLocation(1, 1))
    {
    }

    public GraphQLSyntaxException(string message)
        : this(message, 0, new SourceLocation(1, 1))
    {
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base("Syntax Error: " + message, innerException)
    {
        Description = message;
        Location = new SourceLocation(1, 1);
        Error = new GraphQLError(Message, [Location]);
    }

    public GraphQLSyntaxException(string description, int position, SourceLocation location)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Location = location;
        Error = new GraphQLError(Message, [location]);
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The character offset of the error in the source.</summary>
    public int Position { get; }

    public SourceLocation Location { get; }

    /// <summary>The same error in the form a GraphQL response reports.</summary>
    public GraphQLError Error { get; }

    /// <summary>An error at a character offset of <paramref name="source"/>.</summary>
    public static GraphQLSyntaxException At(string source, int position, string description) =>
        new(description, position, SourceText.GetLocation(source, position));
}
