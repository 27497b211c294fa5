namespace Timeline.GraphQL.Utilities;

/// <summary>
/// A problem found while coercing a variable value: the path inside the value (field names and list indexes),
/// the offending part of the value, and a graphql-js-worded message.
/// </summary>
public sealed record InputCoercionError(IReadOnlyList<object> Path, object? InvalidValue, string Message)
{
    /// <summary>The path as graphql-js prints it after the variable name, e.g. <c>.input.tags[1]</c>.</summary>
    public string PathText => string.Concat(Path.Select(p => p is int i ? "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : "." + p));
}
