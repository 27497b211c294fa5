using Timeline.Api.Security;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>The check every mutation makes before it changes anything: the request's <see cref="IWriteAuthorization"/> must allow writes.</summary>
internal static class WriteGuard
{
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The name the request's changes are logged under; throws UNAUTHENTICATED when it may not write.</summary>
    public static string Demand(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Services?.GetService(typeof(IWriteAuthorization)) is IWriteAuthorization { CanWrite: true, Actor: { } actor }) return actor;
        throw new GraphQLFieldException(
            $"Mutation.{context.FieldDefinition.Name} needs a valid API key, sent as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'. Nothing was changed.",
            new Dictionary<string, object?> { ["code"] = Unauthenticated });
    }
}
