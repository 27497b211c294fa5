using System.Text.Json;
using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary>Conflicts over the sample articles: each version with its sources, and the entity a place value names.</summary>
public sealed class ConflictQueryTests
{
    [Fact]
    public async Task A_place_conflict_names_each_place_as_an_entity_and_a_time_value_names_none()
    {
        await using var graph = await SampleGraph.StartAsync();

        var data = await graph.QueryAsync(
            "{ timeline(first: 100) { nodes { type conflicts { field values { value entity { id name } sources { article { id } } } } } } }");

        var conflicts = data.GetProperty("timeline").GetProperty("nodes").EnumerateArray()
            .SelectMany(e => e.GetProperty("conflicts").EnumerateArray())
            .ToList();
        var place = conflicts.First(c => c.GetProperty("field").GetString() == "place");
        var values = place.GetProperty("values").EnumerateArray().ToList();
        Assert.True(values.Count >= 2, place.ToString());
        Assert.All(values, v =>
        {
            var entity = v.GetProperty("entity");
            Assert.Equal(JsonValueKind.Object, entity.ValueKind);
            Assert.Equal(v.GetProperty("value").GetString(), entity.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(entity.GetProperty("name").GetString()));
            Assert.NotEmpty(v.GetProperty("sources").EnumerateArray());
        });
        Assert.All(
            conflicts.Where(c => c.GetProperty("field").GetString() == "when").SelectMany(c => c.GetProperty("values").EnumerateArray()),
            v => Assert.Equal(JsonValueKind.Null, v.GetProperty("entity").ValueKind));
    }
}
