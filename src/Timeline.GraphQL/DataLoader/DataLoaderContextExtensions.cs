using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.DataLoader;

/// <summary>Per-request data loaders from inside a resolver: <c>await context.DataLoader("people", fetch).LoadAsync(id)</c>.</summary>
public static class DataLoaderContextExtensions
{
    /// <summary>The request's 1:1 loader called <paramref name="name"/>, created with <paramref name="fetch"/> on first use.</summary>
    public static DataLoaderHandle<TKey, TValue?> DataLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        var field = Require(context, name);
        var loader = field.State.Scheduler.GetOrAddLoader(name, () => new BatchDataLoader<TKey, TValue>(fetch, field.State.Scheduler));
        return new DataLoaderHandle<TKey, TValue?>(loader, field);
    }

    /// <summary>The request's 1:n loader called <paramref name="name"/>, created with <paramref name="fetch"/> on first use.</summary>
    public static DataLoaderHandle<TKey, IReadOnlyList<TValue>> GroupedDataLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch)
        where TKey : notnull
    {
        var field = Require(context, name);
        var loader = field.State.Scheduler.GetOrAddLoader(name, () => new GroupedDataLoader<TKey, TValue>(fetch, field.State.Scheduler));
        return new DataLoaderHandle<TKey, IReadOnlyList<TValue>>(loader, field);
    }

    private static FieldContext Require(IResolveFieldContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return context as FieldContext
            ?? throw new InvalidOperationException($"The data loader \"{name}\" needs the context GraphQLExecutor gives resolvers; this context is a {context.GetType().Name}.");
    }
}
