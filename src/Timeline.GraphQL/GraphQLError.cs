using System.Text;
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL;

/// <summary>
/// An error as the GraphQL response format describes it: a message, where in the document it arose,
/// the response path of the field that failed and optional extensions. Syntax, validation and
/// execution errors all use this type.
/// </summary>
public sealed class GraphQLError
{
    private static readonly IReadOnlyDictionary<string, object?> NoExtensions = new Dictionary<string, object?>();

    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions ?? NoExtensions;
        InnerException = innerException;
    }

    public string Message { get; }

    /// <summary>Empty when the error has no place in the document.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response path segments, each a string (field key) or an int (list index); null outside execution.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Never null; empty when there are no extensions.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>The exception that caused this error, e.g. one thrown by a resolver; never serialized.</summary>
    public Exception? InnerException { get; }

    /// <summary>An error located at the given nodes (those built in code, without a location, add none).</summary>
    public static GraphQLError AtNodes(string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        if (nodes.IsEmpty)
        {
            return new GraphQLError(message);
        }

        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location.ToSourceLocation());
            }
        }

        return new GraphQLError(message, locations);
    }

    /// <summary>A copy of this error at a response path (execution adds the path where a field failed).</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions, InnerException);

    /// <summary>The message followed by its locations, e.g. <c>Syntax Error: Unexpected "}". (2:3)</c>.</summary>
    public override string ToString()
    {
        if (Locations.Count == 0)
        {
            return Message;
        }

        var builder = new StringBuilder(Message);
        builder.Append(" (");
        for (var i = 0; i < Locations.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(Locations[i].ToString());
        }

        return builder.Append(')').ToString();
    }
}
