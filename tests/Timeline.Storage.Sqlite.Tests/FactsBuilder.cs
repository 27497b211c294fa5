using System.Globalization;
using Timeline.Domain.Model;
using Timeline.Domain.Time;

namespace Timeline.Storage.Sqlite.Tests;

/// <summary>Builds article facts for tests in a few readable lines.</summary>
internal sealed class FactsBuilder(string articleId, string published = "2021-04-07")
{
    private readonly List<ArticleEntity> _entities = [];
    private readonly List<ArticleEvent> _events = [];
    private readonly List<ArticleParticipation> _participations = [];
    private readonly List<ArticleRelation> _relations = [];

    public string Title { get; set; } = "Article " + articleId;

    public FactsBuilder Person(string key, string name, string? wikidata = null, params string[] aliases) => Entity(key, EntityKind.Person, name, wikidata, aliases);

    public FactsBuilder Organization(string key, string name, string? wikidata = null) => Entity(key, EntityKind.Organization, name, wikidata);

    public FactsBuilder Place(string key, string name, string? wikidata = null) => Entity(key, EntityKind.Place, name, wikidata);

    public FactsBuilder Entity(string key, EntityKind kind, string name, string? wikidata = null, params string[] aliases) =>
        Described(key, kind, name, null, wikidata, aliases);

    public FactsBuilder Described(string key, EntityKind kind, string name, string? description, string? wikidata, params string[] aliases)
    {
        var ids = wikidata is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["wikidata"] = wikidata };
        _entities.Add(new ArticleEntity(key, kind, name, aliases, description, ids, [], $"{name} is mentioned."));
        return this;
    }

    /// <summary>An event at an ISO day, month or year ("2020-01-03", "2020-01", "2020"), with participants as "key:role".</summary>
    public FactsBuilder Event(string key, string type, string title, string when, string? place = null, string[]? tags = null, params string[] participants)
    {
        _events.Add(new ArticleEvent(key, type, title, $"{title}, as reported.", Time(when), place, tags ?? [], $"Quote for {title}."));
        foreach (var p in participants)
        {
            var parts = p.Split(':');
            _participations.Add(new ArticleParticipation(key, parts[0], parts.Length > 1 ? parts[1] : "participant", $"{parts[0]} took part in {title}."));
        }
        return this;
    }

    public FactsBuilder Relation(string type, RelationEnds ends, string subject, string obj)
    {
        _relations.Add(new ArticleRelation(type, ends, subject, obj, null, null, $"{subject} {type} {obj}."));
        return this;
    }

    public ArticleFacts Build()
    {
        var article = new Article(articleId, "https://example.org/" + articleId, Title, "Example Press",
            DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), "en", "");
        var facts = new ArticleFacts(article, [.. _entities], [.. _events], [.. _participations], [.. _relations]);
        return facts with { Article = article with { ContentHash = ArticleFactsFingerprint.Compute(facts) } };
    }

    public static TimePoint Time(string value)
    {
        if (value.Length == 10)
        {
            var day = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new TimePoint(value, DatePrecision.Day, day, day);
        }
        if (value.Length == 7)
        {
            var first = DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new TimePoint(value, DatePrecision.Month, first, first.AddMonths(1).AddDays(-1));
        }
        var year = int.Parse(value, CultureInfo.InvariantCulture);
        return new TimePoint(value, DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }
}
