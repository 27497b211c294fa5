using Timeline.GraphQL.Types;

namespace Timeline.Api.Schema;

/// <summary>
/// The <c>JSON</c> scalar: any JSON value. Variables arrive as JSON and literals are read as plain values (objects as
/// dictionaries, lists as lists), which is what the engine does for a scalar without coercions.
/// </summary>
internal static class JsonScalar
{
    public static ScalarType Create() => new("JSON");
}
