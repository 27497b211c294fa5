using Timeline.Domain.Ports;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// Relay paging arguments of a connection field: 20 items by default, at most 100. A larger first or last is an error
/// rather than silently capped, so that a client never mistakes a short page for the end of the list.
/// </summary>
internal static class PageArguments
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static PageRequest Read(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
            throw Error(context, "give either first or last, not both");
        Check(context, "first", first);
        Check(context, "last", last);
        if (first is null && last is null)
        {
            if (before is not null && after is null) last = DefaultSize;
            else first = DefaultSize;
        }

        return new PageRequest(first, after, last, before);
    }

    /// <summary>A plain count argument (search, associates) between 1 and 100.</summary>
    public static int Count(IResolveFieldContext context, string name, int fallback)
    {
        var value = context.GetArgument<int?>(name) ?? fallback;
        if (value is < 1 or > MaxSize)
            throw Error(context, $"{name} must be between 1 and {MaxSize}, not {value}");
        return value;
    }

    private static void Check(IResolveFieldContext context, string name, int? value)
    {
        if (value is < 0 or > MaxSize)
            throw Error(context, $"{name} must be between 0 and {MaxSize}, not {value}");
    }

    private static GraphQLFieldException Error(IResolveFieldContext context, string why) =>
        new($"{context.ParentType.Name}.{context.FieldDefinition.Name}: {why}.");
}
