namespace Timeline.GraphQL.Utilities;

/// <summary>The " Did you mean ...?" tail of error messages, with at most five quoted suggestions.</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string Format(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        var prefix = subMessage is null ? " Did you mean " : " Did you mean " + subMessage + " ";
        return prefix + OrList(quoted) + "?";
    }

    /// <summary>"a", "a or b", "a, b, or c".</summary>
    public static string OrList(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            2 => items[0] + " or " + items[1],
            _ => string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1],
        };
    }
}
