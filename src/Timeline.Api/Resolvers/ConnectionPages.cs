using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// The paging shape every connection field shares: the Relay arguments read and checked, one keyset page from the
/// store, and the total counted only when <c>totalCount</c> is selected. The store's refusals of a cursor or a
/// size become field errors naming the field.
/// </summary>
internal static class ConnectionPages
{
    public static async ValueTask<object?> QueryAsync<T>(
        IResolveFieldContext context,
        Func<PageRequest, CancellationToken, Task<Page<T>>> read,
        Func<CancellationToken, Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var page = await ReadAsync(context, read, PageArguments.Read(context)).ConfigureAwait(false);
        if (!SelectionSets.MaySelect(context, "totalCount")) return page;
        return page with { TotalCount = await count(context.CancellationToken).ConfigureAwait(false) };
    }

    public static async Task<Page<T>> ReadAsync<T>(IResolveFieldContext context, Func<PageRequest, CancellationToken, Task<Page<T>>> read, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read(request, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new GraphQLFieldException($"{context.ParentType.Name}.{context.FieldDefinition.Name}: {e.Message}", e);
        }
    }
}
