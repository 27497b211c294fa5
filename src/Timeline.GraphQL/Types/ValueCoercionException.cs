namespace Timeline.GraphQL.Types;

/// <summary>
/// A value could not be coerced to or from a scalar or enum type.
/// The message follows graphql-js wording; callers add the path and location.
/// </summary>
public class ValueCoercionException : Exception
{
    public ValueCoercionException()
    {
    }

    public ValueCoercionException(string message)
        : base(message)
    {
    }

    public ValueCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
