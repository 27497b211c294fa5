namespace Timeline.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to fail its field with a message and extensions of its choosing
/// (e.g. <c>{ "code": "NOT_FOUND" }</c>); any other exception fails the field with the exception's message.
/// </summary>
public class GraphQLFieldException : Exception
{
    public GraphQLFieldException()
    {
    }

    public GraphQLFieldException(string message)
        : base(message)
    {
    }

    public GraphQLFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphQLFieldException(string message, IReadOnlyDictionary<string, object?> extensions)
        : base(message)
    {
        Extensions = extensions;
    }

    /// <summary>Written as the error's <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
