using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>The <c>first</c> argument of a plain list field (merges, merge candidates): all items when omitted.</summary>
internal static class ListArguments
{
    public static IReadOnlyList<T> TakeFirst<T>(IResolveFieldContext context, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var first = context.GetArgument<int?>("first");
        if (first is null) return items;
        if (first < 0) throw FieldErrors.Coded(context, FieldErrors.BadRequest, $"first must not be negative, not {first}.");
        return items.Take(first.Value).ToList();
    }
}
