using Xunit;

namespace Timeline.Api.Tests.Queries;

/// <summary>Search, associates, paths and merges over the sample articles.</summary>
public sealed class GraphQueryTests
{
    [Fact]
    public async Task Search_for_Qasem_finds_Qassem_Soleimani()
    {
        await using var graph = await SampleGraph.StartAsync();

        var data = await graph.QueryAsync("{ search(text: \"Qasem\") { __typename ... on Person { name aliases } } }");

        Assert.Contains(data.GetProperty("search").EnumerateArray(), r =>
            r.GetProperty("__typename").GetString() == "Person"
            && (r.GetProperty("name").GetString() == "Qassem Soleimani"
                || r.GetProperty("aliases").EnumerateArray().Any(a => a.GetString() == "Qassem Soleimani")));
    }

    [Fact]
    public async Task Associates_of_Soleimani_include_Abu_Mahdi_al_Muhandis()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");

        var data = await graph.QueryAsync(
            "query($id: ID!) { entity(id: $id) { associates { sharedEvents entity { name } } } }", new { id = soleimani });

        Assert.Contains(data.GetProperty("entity").GetProperty("associates").EnumerateArray(), a =>
            a.GetProperty("entity").GetProperty("name").GetString() == "Abu Mahdi al-Muhandis" && a.GetProperty("sharedEvents").GetInt32() > 0);
    }

    [Fact]
    public async Task One_of_the_first_three_paths_from_Soleimani_to_the_Iraqi_parliament_goes_through_the_strike_and_the_vote()
    {
        await using var graph = await SampleGraph.StartAsync();
        var soleimani = await graph.EntityIdAsync("Soleimani", "Qassem Soleimani");
        var parliament = await graph.EntityIdAsync("Iraqi parliament", "Iraqi parliament");
        var events = (await graph.QueryAsync("{ timeline(first: 100) { nodes { id type } } }")).GetProperty("timeline").GetProperty("nodes").EnumerateArray().ToList();
        var strike = events.Single(e => e.GetProperty("type").GetString() == "targeted-killing").GetProperty("id").GetString();
        var vote = events.Single(e => e.GetProperty("type").GetString() == "parliamentary-vote").GetProperty("id").GetString();

        var data = await graph.QueryAsync(
            "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 3) { length nodes { id kind label } edges { source target kind } } }",
            new { from = soleimani, to = parliament });

        var paths = data.GetProperty("paths").EnumerateArray().ToList();
        Assert.InRange(paths.Count, 1, 3);
        Assert.Contains(paths, p =>
        {
            var ids = p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
            return ids.Contains(strike) && ids.Contains(vote);
        });
    }

    [Fact]
    public async Task merges_of_the_samples_show_the_sameAs_joins_made_by_the_rules_and_first_limits_them()
    {
        await using var graph = await SampleGraph.StartAsync();

        var all = (await graph.QueryAsync("{ merges { entityName curated curatedBy left { name } right { name } evidence { kind } } }"))
            .GetProperty("merges").EnumerateArray().ToList();
        var one = (await graph.QueryAsync("{ merges(first: 1) { id } }")).GetProperty("merges");
        var errors = await graph.ErrorsAsync("{ merges(first: -1) { id } }");

        var fuad = Assert.Single(all, m => new[] { "left", "right" }.Select(side => m.GetProperty(side).GetProperty("name").GetString()).Order(StringComparer.Ordinal).SequenceEqual(["Fuad Hassan", "Fuad Hussein"]));
        Assert.False(fuad.GetProperty("curated").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, fuad.GetProperty("curatedBy").ValueKind);
        Assert.Contains(fuad.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "SAME_AS");
        Assert.Equal(1, one.GetArrayLength());
        Assert.Equal("BAD_USER_INPUT", errors[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
