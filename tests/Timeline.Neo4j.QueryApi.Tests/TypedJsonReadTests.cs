using System.Net;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

/// <summary>Every typed value of the documentation's type table, read through the client.</summary>
public sealed class TypedJsonReadTests
{
    private static async Task<Neo4jRecord> ReadAllTypesRow()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("typed-json-all-types.json"));
        var client = TestClients.Create(server);
        var result = await client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);
        return Assert.Single(result.Records);
    }

    [Fact]
    public async Task Scalars_keep_their_types()
    {
        var row = await ReadAllTypesRow();

        Assert.Null(row["null"]);
        Assert.Equal(true, row["boolean"]);
        Assert.Equal(123L, row["integer"]);
        Assert.Equal(4.56, row["float"]);
        Assert.Equal(3.2e9, row["floatScientific"]);
        Assert.Equal("Hello World", row["string"]);
        Assert.Equal(new byte[] { 0x03, 0x6F, 0xBF }, row["base64"]);
    }

    [Fact]
    public async Task Special_floats_read_as_NaN_and_infinities()
    {
        var row = await ReadAllTypesRow();

        Assert.True(double.IsNaN(row.Get<double>("floatNaN")));
        Assert.Equal(double.PositiveInfinity, row["floatInfinity"]);
        Assert.Equal(double.NegativeInfinity, row["floatNegativeInfinity"]);
    }

    [Fact]
    public async Task Lists_and_maps_hold_typed_values()
    {
        var row = await ReadAllTypesRow();

        Assert.Equal(new object?[] { "A", "B" }, row.Get<IReadOnlyList<object?>>("list"));
        var map = row.Get<IReadOnlyDictionary<string, object?>>("map");
        Assert.Equal("A", map["fieldA"]);
        Assert.Equal("B", map["fieldB"]);
    }

    [Fact]
    public async Task Temporal_values_map_to_their_clr_types()
    {
        var row = await ReadAllTypesRow();

        Assert.Equal(new DateOnly(2015, 3, 26), row["date"]);
        Assert.Equal(new Neo4jOffsetTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(1)), row["time"]);
        Assert.Equal(new TimeOnly(12, 50, 35, 556), row["localTime"]);
        Assert.Equal(
            new Neo4jZonedDateTime(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), "Antarctica/Troll"),
            row["zonedDateTime"]);
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), row["offsetDateTime"]);
        var local = row.Get<DateTime>("localDateTime");
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
        Assert.Equal(new Neo4jDuration(0, 14, 16 * 3600 + 12 * 60, 0), row["duration"]);
    }

    [Fact]
    public async Task Points_read_in_two_and_three_dimensions()
    {
        var row = await ReadAllTypesRow();

        Assert.Equal(new Neo4jPoint(Neo4jPoint.CartesianSrid, 1.2, 3.4), row["point"]);
        Assert.Equal(new Neo4jPoint(Neo4jPoint.CartesianSrid3D, 1.0, 2.0, 3.0), row["point3d"]);
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_keep_ids_labels_types_and_properties()
    {
        var row = await ReadAllTypesRow();

        var node = row.Get<Neo4jNode>("node");
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);

        var relationship = row.Get<Neo4jRelationship>("relationship");
        Assert.Equal("5:ff04df25-ff2b-4b55-98f8-6888297b025e:2", relationship.ElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", relationship.StartNodeElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", relationship.EndNodeElementId);
        Assert.Equal("LIKES", relationship.Type);
        Assert.Equal("forever!", relationship.Properties["since"]);

        var path = row.Get<Neo4jPath>("path");
        Assert.Equal(2, path.Nodes.Count);
        Assert.Equal("Alice", path.Start.Properties["name"]);
        Assert.Equal(42L, path.Start.Properties["age"]);
        Assert.Equal("Phil", path.End.Properties["name"]);
        Assert.Equal("LIKES", Assert.Single(path.Relationships).Type);
    }

    [Fact]
    public async Task The_documented_typed_response_reads_as_a_node_and_a_string()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("typed-json-example.json"));
        var client = TestClients.Create(server);

        var result = await client.RunAsync(
            new Neo4jQuery("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", new Dictionary<string, object?> { ["name"] = "Phil" }),
            TestContext.Current.CancellationToken);

        Assert.Equal(["person", "name"], result.Fields);
        var record = Assert.Single(result.Records);
        Assert.Equal("Phil", record.Get<Neo4jNode>("person").Properties["name"]);
        Assert.Equal("Phil", record.Get<string>("name"));
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public async Task A_row_printed_flat_as_in_the_counters_page_is_refused_naming_the_row()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, Fixture.Read("counters-flat-values-as-printed.json"));
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(
            () => client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken));

        Assert.Equal("$.data.values[0]", error.Location);
    }

    [Theory]
    [InlineData("""{"$type":"Integer","_value":"twelve"}""", "$._value")]
    [InlineData("""{"$type":"Vector3","_value":"x"}""", "$")]
    [InlineData("""{"_value":"x"}""", "$")]
    [InlineData("""{"$type":"Date","_value":"+10000-01-01"}""", "$._value")]
    [InlineData("""{"$type":"Path","_value":[{"$type":"String","_value":"x"}]}""", "$._value[0]")]
    [InlineData("""{"$type":"List","_value":[{"$type":"Point","_value":"POINT (1 2)"}]}""", "$._value[0]._value")]
    public void Malformed_typed_values_fail_naming_where(string json, string location)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);

        var error = Assert.Throws<Neo4jProtocolException>(() => Neo4jTypedJson.Read(document.RootElement));

        Assert.Equal(location, error.Location);
    }
}
