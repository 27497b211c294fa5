using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>The resolvers of one GraphQL type, by field name.</summary>
internal sealed class ResolverMap : Dictionary<string, FieldResolver>
{
    public ResolverMap()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>A resolver that computes its value synchronously.</summary>
    public void Add(string field, Func<IResolveFieldContext, object?> resolve) =>
        this[field] = context => new ValueTask<object?>(resolve(context));

    /// <summary>A resolver that awaits a load.</summary>
    public void AddAsync<T>(string field, Func<IResolveFieldContext, Task<T>> resolve) =>
        this[field] = async context => await resolve(context).ConfigureAwait(false);
}
