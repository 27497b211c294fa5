using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// The answer of a field whose store operation the graph-store port does not offer yet: an error that names the
/// missing operation (code STORE_OPERATION_MISSING), instead of a null or an empty list that would look like data.
/// </summary>
internal static class MissingStoreOperation
{
    public const string Code = "STORE_OPERATION_MISSING";

    public static FieldResolver Answer(string missing) => context =>
        throw new GraphQLFieldException(
            $"{context.ParentType.Name}.{context.FieldDefinition.Name} is not available: the graph store has no operation to {missing}.",
            new Dictionary<string, object?> { ["code"] = Code });
}
