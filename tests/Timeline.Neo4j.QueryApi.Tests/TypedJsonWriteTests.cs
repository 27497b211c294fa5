using System.Net;
using System.Text.Json;
using Timeline.Neo4j.QueryApi.Tests.Fakes;
using Xunit;

namespace Timeline.Neo4j.QueryApi.Tests;

/// <summary>Parameters as the client sends them, compared with the documentation's typed forms.</summary>
public sealed class TypedJsonWriteTests
{
    public static TheoryData<string, object?, string, string> Cases => new()
    {
        { "null", null, "Null", "null" },
        { "boolean", true, "Boolean", "true" },
        { "long", long.MaxValue, "Integer", "\"9223372036854775807\"" },
        { "int", 123, "Integer", "\"123\"" },
        { "double", 4.56, "Float", "\"4.56\"" },
        { "large double", 3.2e9, "Float", "\"3200000000\"" },
        { "NaN", double.NaN, "Float", "\"NaN\"" },
        { "infinity", double.PositiveInfinity, "Float", "\"Infinity\"" },
        { "negative infinity", double.NegativeInfinity, "Float", "\"-Infinity\"" },
        { "string", "Hello World", "String", "\"Hello World\"" },
        { "bytes", new byte[] { 0x03, 0x6F, 0xBF }, "Base64", "\"A2+/\"" },
        { "date", new DateOnly(2015, 3, 26), "Date", "\"2015-03-26\"" },
        { "time", new Neo4jOffsetTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(1)), "Time", "\"12:50:35.556+01:00\"" },
        { "local time", new TimeOnly(12, 50, 35, 556), "LocalTime", "\"12:50:35.556\"" },
        {
            "zoned date-time",
            new Neo4jZonedDateTime(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), "Antarctica/Troll"),
            "ZonedDateTime",
            "\"2015-11-21T21:40:32.142Z[Antarctica/Troll]\""
        },
        { "offset date-time", new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), "OffsetDateTime", "\"2015-11-21T21:40:32.142Z\"" },
        { "utc DateTime", new DateTime(2024, 1, 1, 21, 40, 32, DateTimeKind.Utc), "OffsetDateTime", "\"2024-01-01T21:40:32Z\"" },
        { "local date-time", new DateTime(2015, 7, 4, 19, 32, 24), "LocalDateTime", "\"2015-07-04T19:32:24\"" },
        { "duration", new Neo4jDuration(0, 14, 16 * 3600 + 12 * 60, 0), "Duration", "\"P14DT16H12M\"" },
        { "time span", TimeSpan.FromSeconds(90.5), "Duration", "\"PT1M30.5S\"" },
        { "point", new Neo4jPoint(7203, 1.2, 3.4), "Point", "\"SRID=7203;POINT (1.2 3.4)\"" },
        { "3d point", new Neo4jPoint(9157, 1, 2, 3), "Point", "\"SRID=9157;POINT Z (1 2 3)\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_parameter_is_sent_with_its_type_and_value(string label, object? value, string type, string valueJson)
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""");
        var client = TestClients.Create(server);

        await client.RunAsync(
            new Neo4jQuery("RETURN $p", new Dictionary<string, object?> { ["p"] = value }),
            TestContext.Current.CancellationToken);

        var parameter = Assert.Single(server.Requests).BodyJson().GetProperty("parameters").GetProperty("p");
        Assert.True(type == parameter.GetProperty("$type").GetString(), label);
        Assert.Equal(valueJson, parameter.GetProperty("_value").GetRawText());
    }

    [Fact]
    public async Task Lists_and_maps_nest_typed_values_as_in_the_docs()
    {
        var server = new FakeNeo4jServer()
            .ExpectJson(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""");
        var client = TestClients.Create(server);

        await client.RunAsync(
            new Neo4jQuery("RETURN $list, $map", new Dictionary<string, object?>
            {
                ["list"] = new[] { "A", "B" },
                ["map"] = new Dictionary<string, object?> { ["fieldA"] = "A", ["fieldB"] = 2 },
            }),
            TestContext.Current.CancellationToken);

        var parameters = Assert.Single(server.Requests).BodyJson().GetProperty("parameters");
        Assert.Equal(
            """{"$type":"List","_value":[{"$type":"String","_value":"A"},{"$type":"String","_value":"B"}]}""",
            parameters.GetProperty("list").GetRawText());
        Assert.Equal(
            """{"$type":"Map","_value":{"fieldA":{"$type":"String","_value":"A"},"fieldB":{"$type":"Integer","_value":"2"}}}""",
            parameters.GetProperty("map").GetRawText());
    }

    public static TheoryData<object?> RoundTripValues => new()
    {
        false,
        long.MinValue,
        -0.0,
        double.Epsilon,
        double.NaN,
        "line\nbreak \"quoted\" ünïcödé",
        new byte[] { 0, 255, 7 },
        new DateOnly(1, 1, 1),
        new DateOnly(9999, 12, 31),
        new TimeOnly(0, 0),
        new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(9_999_999)),
        new Neo4jOffsetTime(new TimeOnly(6, 30), TimeSpan.FromMinutes(-330)),
        new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(14)).AddTicks(1),
        new Neo4jZonedDateTime(new DateTimeOffset(1914, 6, 28, 10, 50, 0, TimeSpan.FromHours(1)), "Europe/Sarajevo"),
        new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddTicks(123),
        new Neo4jDuration(14, -3, 59, 999_999_999),
        new Neo4jDuration(0, 0, -1, 500_000_000),
        new Neo4jPoint(4326, 13.404954, 52.520008),
        new Neo4jPoint(4979, -0.1, 51.5, double.NaN),
    };

    [Theory]
    [MemberData(nameof(RoundTripValues))]
    public void Writing_then_reading_gives_the_value_back(object? value)
    {
        var back = RoundTrip(value);

        if (value is double d && double.IsNaN(d))
        {
            Assert.True(back is double b && double.IsNaN(b));
        }
        else if (value is Neo4jPoint { Z: double z } point && double.IsNaN(z))
        {
            var read = Assert.IsType<Neo4jPoint>(back);
            Assert.Equal((point.Srid, point.X, point.Y), (read.Srid, read.X, read.Y));
            Assert.True(double.IsNaN(read.Z!.Value));
        }
        else
        {
            Assert.Equal(value, back);
        }
    }

    [Fact]
    public void Null_round_trips()
    {
        Assert.Null(RoundTrip(null));
    }

    [Fact]
    public void Nested_collections_round_trip_as_lists_and_maps()
    {
        var value = new Dictionary<string, object?>
        {
            ["tags"] = new List<object?> { "a", 1L, null, new DateOnly(2020, 2, 2) },
            ["inner"] = new Dictionary<string, object?> { ["x"] = 1.5 },
        };

        var back = Assert.IsType<Dictionary<string, object?>>(RoundTrip(value));

        Assert.Equal(new object?[] { "a", 1L, null, new DateOnly(2020, 2, 2) }, Assert.IsType<List<object?>>(back["tags"]));
        Assert.Equal(1.5, Assert.IsType<Dictionary<string, object?>>(back["inner"])["x"]);
    }

    [Theory]
    [InlineData("guid")]
    [InlineData("decimal")]
    [InlineData("node")]
    [InlineData("local DateTime")]
    [InlineData("nested guid")]
    public async Task Values_without_a_Neo4j_type_fail_before_sending_and_name_the_parameter(string kind)
    {
        object? value = kind switch
        {
            "guid" => Guid.Empty,
            "decimal" => 1.5m,
            "node" => new Neo4jNode("4:x:1", [], new Dictionary<string, object?>()),
            "local DateTime" => new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local),
            _ => new Dictionary<string, object?> { ["ids"] = new object[] { 1, Guid.Empty } },
        };
        var server = new FakeNeo4jServer();
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync(
            new Neo4jQuery("RETURN $p", new Dictionary<string, object?> { ["p"] = value }),
            TestContext.Current.CancellationToken));

        Assert.Contains(kind == "nested guid" ? "parameters.p.ids[1]" : "parameters.p", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Maps_with_keys_that_are_not_strings_are_refused_naming_the_map()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        var error = Assert.Throws<ArgumentException>(
            () => Neo4jTypedJson.Write(writer, new Dictionary<int, string> { [1] = "one" }, "parameters.byNumber"));

        Assert.Contains("parameters.byNumber", error.Message, StringComparison.Ordinal);
        Assert.Contains("map keys must be strings", error.Message, StringComparison.Ordinal);
    }

    private static object? RoundTrip(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Neo4jTypedJson.Write(writer, value);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return Neo4jTypedJson.Read(document.RootElement);
    }
}
