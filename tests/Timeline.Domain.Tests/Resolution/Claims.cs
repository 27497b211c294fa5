using System.Globalization;
using System.Text.Json;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Timeline.Domain.Time;

namespace Timeline.Domain.Tests.Resolution;

/// <summary>Builders for mentions, reports and times as the seed articles would yield them.</summary>
internal static class Claims
{
    public const string AlJazeera = "aljazeera-2021-04-07";
    public const string Ndtv = "ndtv-2021-04-08";

    public static EntityMention Mention(
        string article,
        string localKey,
        EntityKind kind,
        string name,
        string[]? aliases = null,
        (string Scheme, string Value)[]? ids = null,
        string[]? sameAs = null,
        string? description = null) =>
        new(
            article + "#" + localKey,
            article,
            kind,
            name,
            aliases ?? [],
            (ids ?? []).ToDictionary(i => i.Scheme, i => i.Value),
            sameAs ?? [],
            description,
            "quote about " + name);

    public static EventReport Report(
        string article,
        string localKey,
        string type,
        string title,
        TimePoint when,
        string? place,
        params string[] participants) =>
        new(article + "#" + localKey, article, type, title, null, when, place, participants, [], "quote about " + title);

    public static TimePoint Day(string iso)
    {
        var day = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new TimePoint(iso, DatePrecision.Day, day, day);
    }

    public static TimePoint Month(string iso)
    {
        var first = DateOnly.ParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new TimePoint(iso, DatePrecision.Month, first, first.AddMonths(1).AddDays(-1));
    }

    public static TimePoint MonthRange(string from, string to)
    {
        var start = Month(from);
        var end = Month(to);
        return new TimePoint(from + "/" + to, DatePrecision.Month, start.Earliest, end.Latest);
    }

    public static TimePoint Year(int year) =>
        new(year.ToString(CultureInfo.InvariantCulture), DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>A structural rendering, so results with list members compare by content.</summary>
    public static string Render<T>(T value) => JsonSerializer.Serialize(value);

    public static ResolvedEntity Single(this EntityResolution resolution, string mentionId) =>
        resolution.Entities.Single(e => e.MentionIds.Contains(mentionId));
}
