using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>
/// Many articles naming the same people by varying spellings, with and without ids and descriptions,
/// a hub in most of them and events a few days apart: whatever order they arrive in, and so whichever
/// entities are brought up to date from their tallies and which are derived in full, the graph is the same.
/// </summary>
public sealed class ArrivalOrderTests
{
    private static readonly string[] Spellings = ["Qassem Soleimani", "Qasem Soleimani", "Ghasem Soleimani", "Fuad Hussein", "Fuad Husain", "Haj Qasem"];
    private static readonly string?[] Descriptions = [null, "Iranian general", "Iraqi foreign minister", null];
    private static readonly string?[] Ids = [null, null, null, "Q1163085"];

    private static List<ArticleFacts> Articles(int seed)
    {
        var random = new Random(seed);
        var articles = new List<ArticleFacts>();
        for (var a = 0; a < 24; a++)
        {
            var id = "a" + a;
            var builder = new FactsBuilder(id);
            var hub = random.Next(4) > 0;
            if (hub) builder.Described("us", EntityKind.Organization, random.Next(5) == 0 ? "U.S." : "United States", Descriptions[random.Next(2)], null);
            var figure = Spellings[random.Next(Spellings.Length)];
            builder.Described("p", EntityKind.Person, figure, Descriptions[random.Next(Descriptions.Length)],
                figure.Contains("Soleimani", StringComparison.Ordinal) ? Ids[random.Next(Ids.Length)] : null);
            builder.Person("own", "Reporter " + id);
            for (var e = 0; e < 3; e++)
            {
                var day = new DateOnly(2020, 1, 1).AddDays(random.Next(20)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                string[] participants = hub && e != 1 ? ["p:agent", "us:participant"] : ["p:agent", "own:participant"];
                builder.Event("e" + e, e == 2 ? "strike" : "talks", "Event " + e + " of " + id, day, null, null, participants);
            }
            articles.Add(builder.Build());
        }
        return articles;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Any_arrival_order_gives_the_same_graph(int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        var articles = Articles(seed);
        var exports = new List<string>();
        foreach (var order in new[] { articles, Enumerable.Reverse(articles).ToList(), articles.OrderBy(_ => new Random(seed).Next()).ToList() })
        {
            await using var temp = await TempStore.CreateAsync();
            foreach (var article in order) await temp.Store.IngestAsync(article, ct);
            exports.Add((await temp.Store.ExportAsync(ct)).ToText());
        }

        Assert.Equal(exports[0], exports[1]);
        Assert.Equal(exports[0], exports[2]);
    }

    [Fact]
    public async Task Two_mentions_of_one_article_naming_one_entity_differently_join_it_together()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = new FactsBuilder("a1").Described("us", EntityKind.Organization, "United States", "a country", null, "U.S.")
            .Event("e", "talks", "Talks", "2020-01-03", null, null, "us:participant").Build();
        // Each of its two mentions meets the entity under a key of its own, and neither meets the other.
        var second = new FactsBuilder("a2").Described("us", EntityKind.Organization, "U.S.", "the United States", null)
            .Described("usa", EntityKind.Organization, "United States", "the United States", null)
            .Event("e", "talks", "Talks", "2020-02-03", null, null, "us:participant", "usa:participant").Build();
        var exports = new List<string>();
        foreach (var order in new[] { new[] { first, second }, [second, first] })
        {
            await using var temp = await TempStore.CreateAsync();
            foreach (var article in order) await temp.Store.IngestAsync(article, ct);
            exports.Add((await temp.Store.ExportAsync(ct)).ToText());
        }

        // Two of three members describe it so.
        Assert.Equal(exports[0], exports[1]);
        var entity = await ReadEntityAsync(first, second, ct);
        Assert.Equal("the United States", entity.Description);
    }

    private static async Task<Entity> ReadEntityAsync(ArticleFacts first, ArticleFacts second, CancellationToken ct)
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.IngestAsync(first, ct);
        await temp.Store.IngestAsync(second, ct);
        var found = await temp.Store.SearchEntitiesAsync(new EntitySearch("united states", null, new PageRequest(5)), ct);
        return Assert.Single(found.Edges).Node;
    }
}
