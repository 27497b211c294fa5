using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Ports;

namespace Timeline.Api.Embed;

/// <summary>
/// The query parameters shared by <c>/embed/timeline</c> and the feeds: <c>entities</c>, <c>types</c>, <c>places</c>,
/// <c>tags</c> (comma-separated or repeated), <c>from</c> and <c>to</c> (yyyy-MM-dd), <c>minSources</c>, and for the
/// page <c>theme</c> (light or dark) and <c>height</c> (pixels, or a CSS length in px, vh or %). Unknown parameters are
/// ignored, so a dashboard may add its own.
/// </summary>
public sealed partial record TimelineParameters
{
    public const string DefaultHeight = "100vh";

    public EventFilter Filter { get; init; } = EventFilter.None;

    public string Theme { get; init; } = "light";

    public string Height { get; init; } = DefaultHeight;

    /// <summary>The parameters, or an error naming the first bad one and why.</summary>
    public static TimelineParametersResult Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            var from = Date(query, "from");
            var to = Date(query, "to");
            if (from is not null && to is not null && from > to)
                throw new TimelineParameterException("to", $"to ({to:yyyy-MM-dd}) is before from ({from:yyyy-MM-dd}).");
            var filter = new EventFilter
            {
                EntityIds = List(query, "entities"),
                Types = List(query, "types"),
                PlaceIds = List(query, "places"),
                Tags = List(query, "tags"),
                From = from,
                To = to,
                MinSources = MinSources(query),
            };
            var theme = Single(query, "theme") ?? "light";
            if (theme is not ("light" or "dark"))
                throw new TimelineParameterException("theme", $"theme must be light or dark, not '{theme}'.");
            var height = Single(query, "height") ?? DefaultHeight;
            if (!HeightPattern().IsMatch(height))
                throw new TimelineParameterException("height", $"height must be a number of pixels (such as 480) or a CSS length in px, vh or % (such as 60vh), not '{height}'.");
            if (char.IsDigit(height[^1])) height += "px";
            return new TimelineParametersResult(new TimelineParameters { Filter = filter, Theme = theme, Height = height }, null);
        }
        catch (TimelineParameterException error)
        {
            return new TimelineParametersResult(null, error);
        }
    }

    private static List<string>? List(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values)) return null;
        var items = values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList();
        return items.Count == 0 ? null : items;
    }

    private static string? Single(IQueryCollection query, params string[] names)
    {
        string? found = null;
        foreach (var name in names)
        {
            if (!query.TryGetValue(name, out var values)) continue;
            if (values.Count > 1 || found is not null)
                throw new TimelineParameterException(name, $"{name} is given more than once; give it once.");
            found = values[0]?.Trim();
        }
        return string.IsNullOrEmpty(found) ? null : found;
    }

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new TimelineParameterException(name, $"{name} must be a calendar date written yyyy-MM-dd, such as 2020-01-03; '{text}' is not one.");
    }

    private static int? MinSources(IQueryCollection query)
    {
        var text = Single(query, "minSources", "min-sources");
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        throw new TimelineParameterException("minSources", $"minSources must be a whole number of sources, 0 or more; '{text}' is not one.");
    }

    [GeneratedRegex(@"^[0-9]{1,5}(\.[0-9]+)?(px|vh|%)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HeightPattern();
}
