using System.Globalization;
using Timeline.Domain.Model;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>
/// A small graph for read tests: three articles, thirty distinct events over 2020-2021 (some
/// month-precise), a hub person in every event, and one place.
/// </summary>
internal static class TimelineData
{
    public const int EventCount = 30;

    public static IEnumerable<ArticleFacts> Articles()
    {
        for (var a = 0; a < 3; a++)
        {
            var builder = new FactsBuilder("article-" + a.ToString(CultureInfo.InvariantCulture), "2021-01-0" + (a + 1).ToString(CultureInfo.InvariantCulture))
                .Person("hub", "Hub Person")
                .Person("solo", "Solo Person " + a.ToString(CultureInfo.InvariantCulture))
                .Place("baghdad", "Baghdad");
            for (var i = 0; i < 10; i++)
            {
                var n = a * 10 + i;
                // Two events a month (of different types, so they never merge); same-type events are months apart.
                var k = n / 2;
                var year = 2020 + k / 12;
                var month = 1 + k % 12;
                // Every third event is month-precise; the others fall on the 10th, so several share a day.
                var when = n % 3 == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}")
                    : string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-10");
                var type = n % 2 == 0 ? "talks" : "airstrike";
                var tags = n % 5 == 0 ? new[] { "withdrawal" } : [];
                var participants = n % 4 == 0 ? new[] { "hub:agent", "solo:target" } : ["hub:agent"];
                builder.Event("e" + i.ToString(CultureInfo.InvariantCulture), type,
                    string.Create(CultureInfo.InvariantCulture, $"Event number {n} {(type == "talks" ? "negotiation round" : "rocket strike")}"),
                    when, n % 6 == 0 ? "baghdad" : null, tags, participants);
            }
            yield return builder.Build();
        }
    }
}
