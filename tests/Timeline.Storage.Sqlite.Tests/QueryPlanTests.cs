using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite.Reading;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>A timeline page must be an index range scan: no full scan of events, no sort of all matches.</summary>
public sealed class QueryPlanTests
{
    public static TheoryData<string, EventFilter, string[]?> Timelines => new()
    {
        { "by time range", new EventFilter { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) }, null },
        { "by one entity", EventFilter.None, ["person-hub"] },
        { "by one entity in a window", new EventFilter { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 6, 30) }, ["person-hub"] },
        { "by type", new EventFilter { Types = ["airstrike"] }, null },
        { "by one tag", new EventFilter { Tags = ["withdrawal"] }, null },
        { "by place", new EventFilter { PlaceIds = ["place-baghdad"] }, null },
    };

    [Theory]
    [MemberData(nameof(Timelines))]
    public async Task Timeline_queries_use_indexes_without_scanning_or_sorting(string name, EventFilter filter, string[]? entityIds)
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        foreach (var facts in TimelineData.Articles()) await temp.Store.IngestAsync(facts, ct);
        var (sql, values) = TimelineQuery.Explain(filter, entityIds);

        await using var connection = await temp.Store.OpenReadConnectionAsync(ct);
        using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync(ct);
        }
        using var explain = Sql.Command(connection, "EXPLAIN QUERY PLAN " + sql, values);
        var plan = new List<string>();
        using (var reader = await explain.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) plan.Add(reader.GetString(3));
        }

        var text = name + ":\n" + string.Join("\n", plan);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN e", StringComparison.Ordinal) && !line.Contains("USING", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("INDEX", StringComparison.Ordinal) || line.Contains("PRIMARY KEY", StringComparison.Ordinal));
    }
}
