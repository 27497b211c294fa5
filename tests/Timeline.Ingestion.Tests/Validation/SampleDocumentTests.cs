using System.Text.Json;
using Timeline.Ingestion.Documents;
using Timeline.Ingestion.Samples;
using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class SampleDocumentTests
{
    /// <summary>Event types that both articles report, so that the same event can be merged across the two sources.</summary>
    private static readonly string[] SharedEventTypes =
    [
        "targeted-killing", "troop-drawdown", "talks", "joint-statement", "airstrike",
        "troop-withdrawal", "troop-deployment", "rocket-attack", "public-demand",
    ];

    public static TheoryData<string> Names => [SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp];

    [Fact]
    public void Both_samples_are_embedded_in_a_fixed_order()
    {
        Assert.Equal([SampleDocuments.AlJazeera, SampleDocuments.NdtvAfp], SampleDocuments.All.Select(s => s.Name));
        Assert.Throws<ArgumentException>(() => SampleDocuments.Get("missing.json"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_sample_is_valid(string name)
    {
        var result = ArticleFactsValidator.Validate(SampleDocuments.Get(name).Utf8.Span);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.NotEmpty(result.Document.Events);
        Assert.NotEmpty(result.Document.Entities);
        Assert.NotEmpty(result.Document.Relations);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_quote_is_verbatim_from_the_seed_article(string name)
    {
        var document = Load(name);
        var article = SeedArticle(document);

        var quotes = document.Entities.Select(e => (e.Key, e.Quote))
            .Concat(document.Events.Select(e => (e.Key, e.Quote)))
            .Concat(document.Events.SelectMany(e => e.Participants.Where(p => p.Quote is not null).Select(p => ($"{e.Key}/{p.Entity}", p.Quote!))))
            .Concat(document.Relations.Select(r => ($"{r.Type} {r.Subject} {r.Target}", r.Quote)))
            .Concat(document.Events.Where(e => e.When.Text is not null).Select(e => ($"{e.Key}/when", e.When.Text!)));

        Assert.All(quotes, quote => Assert.True(article.Contains(quote.Item2, StringComparison.Ordinal), $"{quote.Item1}: \"{quote.Item2}\" is not in the article"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_participant_is_named_by_its_supporting_quote(string name)
    {
        var document = Load(name);
        var names = document.Entities.ToDictionary(e => e.Key, e => e.Aliases.Prepend(e.Name).ToList());

        foreach (var @event in document.Events)
        {
            foreach (var participant in @event.Participants)
            {
                var quote = participant.Quote ?? @event.Quote;
                Assert.True(
                    names[participant.Entity].Exists(n => quote.Contains(n, StringComparison.Ordinal)),
                    $"{@event.Key}: the quote for '{participant.Entity}' does not name it");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Values_are_given_only_where_the_article_writes_the_year_or_its_words_resolve_to_no_time(string name)
    {
        var document = Load(name);
        var published = DateOnly.Parse(document.Article.Published, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var @event in document.Events.Where(e => e.When.Value is not null))
        {
            Assert.NotNull(@event.When.Text);
            var writesTheYear = @event.When.Text.Contains(@event.When.Value![..4], StringComparison.Ordinal);
            // An editor's value is otherwise allowed only where the article's own words are no time expression.
            var wordsAlone = Timeline.Ingestion.Time.TimeExpressionResolver.Resolve(new TimeExpression { Text = @event.When.Text }, published);
            Assert.True(writesTheYear || !wordsAlone.Succeeded, $"{@event.Key}: value {@event.When.Value} is not in '{@event.When.Text}', which resolves by itself");
        }
    }

    [Fact]
    public void Events_both_articles_report_share_their_types()
    {
        var aljazeera = Load(SampleDocuments.AlJazeera).Events.Select(e => e.Type).ToHashSet();
        var ndtv = Load(SampleDocuments.NdtvAfp).Events.Select(e => e.Type).ToHashSet();

        Assert.All(SharedEventTypes, type => Assert.True(aljazeera.Contains(type) && ndtv.Contains(type), $"'{type}' is missing from a sample"));
    }

    [Fact]
    public void Each_sample_keeps_its_own_spelling_and_points_to_the_other()
    {
        var aljazeera = Load(SampleDocuments.AlJazeera).Entities;
        var ndtv = Load(SampleDocuments.NdtvAfp).Entities;

        Assert.Contains(aljazeera, e => e.Name == "Qassem Soleimani" && e.SameAs.Contains("Qasem Soleimani"));
        Assert.Contains(ndtv, e => e.Name == "Qasem Soleimani" && e.SameAs.Contains("Qassem Soleimani"));
        Assert.Contains(aljazeera, e => e.Name == "Fuad Hassan" && e.SameAs.Contains("Fuad Hussein"));
        Assert.Contains(ndtv, e => e.Name == "Fuad Hussein" && e.SameAs.Contains("Fuad Hassan"));
        foreach (var (these, others) in new[] { (aljazeera, ndtv), (ndtv, aljazeera) })
        {
            var otherNames = others.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(these.SelectMany(e => e.SameAs), sameAs => Assert.Contains(sameAs, otherNames));
        }
    }

    [Fact]
    public void Every_type_and_role_the_samples_use_is_documented()
    {
        var documentation = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "article-facts-format.md"));
        var documents = SampleDocuments.All.Select(s => Load(s.Name)).ToList();
        var terms = documents.SelectMany(d => d.Events.Select(e => e.Type))
            .Concat(documents.SelectMany(d => d.Events.SelectMany(e => e.Participants.Select(p => p.Role))))
            .Distinct();

        Assert.All(terms, term => Assert.Contains($"`{term}`", documentation, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_typed_document_serializes_back_to_a_valid_equal_document(string name)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var document = Load(name);

        var written = JsonSerializer.SerializeToUtf8Bytes(document, options);
        var reread = ArticleFactsValidator.Validate(written);

        Assert.True(reread.IsValid, string.Join(Environment.NewLine, reread.Errors));
        Assert.Equal(JsonSerializer.Serialize(document, options), JsonSerializer.Serialize(reread.Document, options));
    }

    private static ArticleFactsDocument Load(string name) =>
        ArticleFactsValidator.Validate(SampleDocuments.Get(name).Utf8.Span).Document
        ?? throw new InvalidOperationException($"{name} is not valid.");

    private static string SeedArticle(ArticleFactsDocument document)
    {
        var path = Path.Combine(TestPaths.Shared, "seed-articles", document.Article.Id + ".txt");
        if (!File.Exists(path))
        {
            Assert.Skip($"The seed article {path} is not here; the shared folder must sit beside the repository (or TIMELINE_SHARED point to it).");
        }

        return File.ReadAllText(path);
    }
}
