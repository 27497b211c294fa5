using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Field errors a client can tell apart by <c>extensions.code</c>, each naming the field it comes from.</summary>
internal static class FieldErrors
{
    public const string NotFound = "NOT_FOUND";

    public const string BadRequest = "BAD_USER_INPUT";

    public static GraphQLFieldException Coded(IResolveFieldContext context, string code, string why)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new GraphQLFieldException(
            $"{context.ParentType.Name}.{context.FieldDefinition.Name}: {why}",
            new Dictionary<string, object?> { ["code"] = code });
    }
}
