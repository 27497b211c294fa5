using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>The resolvers of one GraphQL type, by field name.</summary>
internal sealed class ResolverMap : Dictionary<string, FieldResolver>
{
    public ResolverMap()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>
    /// The resolvers of a type whose runtime value has all its fields as properties but one, which the schema names
    /// differently (an <c>IngestError</c>'s pointer is its <c>path</c>, a <c>Path</c>'s hops its <c>length</c>).
    /// </summary>
    public static ResolverMap Renaming<T>(string field, Func<T, object?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var map = new ResolverMap();
        map.Add(field, ctx => read(ctx.Parent<T>()));
        return map;
    }

    /// <summary>A resolver that computes its value synchronously.</summary>
    public void Add(string field, Func<IResolveFieldContext, object?> resolve) =>
        this[field] = context => new ValueTask<object?>(resolve(context));

    /// <summary>A resolver that awaits a load.</summary>
    public void AddAsync<T>(string field, Func<IResolveFieldContext, Task<T>> resolve) =>
        this[field] = async context => await resolve(context).ConfigureAwait(false);
}
