using System.Text;
using Timeline.Domain.Model;
using Timeline.Domain.Time;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Pipeline.Stages;
using Xunit;

namespace Timeline.Ingestion.Tests.Pipeline;

public sealed class PipelineStageTests
{
    private const string Document = """
        {"formatVersion": 1,
         "article": {"id": "aj-2021-04-07", "title": "  No timeline   for US troops ", "published": "2021-04-07", "publisher": "Al Jazeera"},
         "entities": [
           {"key": "kadhimi", "kind": "person", "name": "  Mustafa   al-Kadhimi ", "aliases": ["Kadhimi", " Kadhimi "], "quote": "Prime Minister Mustafa al-Kadhimi"},
           {"key": "iraq", "kind": "place", "name": "Iraq", "quote": "in Iraq"},
           {"key": "us", "kind": "organization", "name": "United States", "quote": "the United States"}
         ],
         "events": [
           {"key": "dialogue", "type": "talks", "title": "Strategic dialogue", "when": {"text": "Wednesday"}, "place": "iraq",
            "participants": [{"entity": "us", "role": "participant"}, {"entity": "kadhimi", "role": "participant", "quote": "Kadhimi's government"}],
            "quote": "on Wednesday, the US and Iraq held a strategic dialogue"},
           {"key": "committee", "type": "committee-formed", "title": "Technical committee formed", "when": {"value": "2021-04"},
            "quote": "Kadhimi formed a technical committee"}
         ],
         "relations": [
           {"type": "followedBy", "subject": "dialogue", "object": "committee", "quote": "after the dialogue, a committee"},
           {"type": "leads", "subject": "kadhimi", "object": "us", "quote": "a made-up link for the test"}
         ]}
        """;

    private static async Task<IngestContext> RunStages(string json)
    {
        var context = new IngestContext(Encoding.UTF8.GetBytes(json));
        foreach (var stage in IngestionPipeline.DefaultStages(IngestionPipelineOptions.Default))
        {
            await stage.RunAsync(context, TestContext.Current.CancellationToken);
            if (context.HasErrors) break;
        }
        return context;
    }

    [Fact]
    public async Task The_stages_turn_a_document_into_normalised_facts()
    {
        var context = await RunStages(Document);

        Assert.Empty(context.Errors);
        var facts = Assert.IsType<ArticleFacts>(context.Facts);
        Assert.Equal("No timeline for US troops", facts.Article.Title);
        Assert.Equal(new DateOnly(2021, 4, 7), facts.Article.Published);
        Assert.Equal(ArticleFactsFingerprint.Compute(facts), facts.Article.ContentHash);
        var kadhimi = facts.Entities[0];
        Assert.Equal("Mustafa al-Kadhimi", kadhimi.Name);
        Assert.Equal(["Kadhimi"], kadhimi.Aliases);
        Assert.Equal(EntityKind.Place, facts.Entities[1].Kind);
        var dialogue = facts.Events[0];
        Assert.Equal(new TimePoint("2021-04-07", DatePrecision.Day, new DateOnly(2021, 4, 7), new DateOnly(2021, 4, 7), "Wednesday"), dialogue.When);
        Assert.Equal("iraq", dialogue.PlaceKey);
        Assert.Equal(DatePrecision.Month, facts.Events[1].When.Precision);
        Assert.Equal(2, facts.Participations.Count);
        Assert.Equal("on Wednesday, the US and Iraq held a strategic dialogue", facts.Participations[0].Quote);
        Assert.Equal("Kadhimi's government", facts.Participations[1].Quote);
        Assert.Equal(RelationEnds.Events, facts.Relations[0].Ends);
        Assert.Equal(RelationEnds.Entities, facts.Relations[1].Ends);
    }

    [Fact]
    public async Task The_fingerprint_ignores_formatting_but_not_content()
    {
        var compact = await RunStages(Document.Replace("\n", " ", StringComparison.Ordinal));
        var original = await RunStages(Document);
        var changed = await RunStages(Document.Replace("Technical committee formed", "Committee formed", StringComparison.Ordinal));

        Assert.Equal(original.Facts!.Article.ContentHash, compact.Facts!.Article.ContentHash);
        Assert.NotEqual(original.Facts.Article.ContentHash, changed.Facts!.Article.ContentHash);
    }

    [Fact]
    public async Task An_unresolvable_time_is_an_error_at_its_path_and_no_facts_are_built()
    {
        var context = await RunStages(Document.Replace("\"text\": \"Wednesday\"", "\"text\": \"once upon a time\"", StringComparison.Ordinal));

        var error = Assert.Single(context.Errors);
        Assert.Equal("/events/0/when", error.Pointer);
        Assert.Contains("once upon a time", error.Message, StringComparison.Ordinal);
        Assert.Null(context.Facts);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"formatVersion\": 1, \"article\": {\"id\": \"x\"", "")]
    public async Task Empty_and_malformed_documents_stop_before_any_facts(string json, string expectedWord)
    {
        var context = await RunStages(json);

        Assert.NotEmpty(context.Errors);
        Assert.Contains(context.Errors, e => e.Message.Contains(expectedWord, StringComparison.Ordinal));
        Assert.Null(context.Document);
        Assert.Null(context.Facts);
    }

    [Fact]
    public async Task The_size_check_refuses_what_is_over_the_limit()
    {
        var context = new IngestContext(new byte[101]);

        await new SizeCheckStage(100).RunAsync(context, TestContext.Current.CancellationToken);

        var error = Assert.Single(context.Errors);
        Assert.Equal("", error.Pointer);
        Assert.Contains("over the limit of 100 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  Qasem   Soleimani ", "Qasem Soleimani")]
    [InlineData("Fuad\tHussein", "Fuad Hussein")]
    [InlineData("Abu\u00A0Mahdi", "Abu Mahdi")]
    [InlineData("Iraq", "Iraq")]
    public void Names_are_trimmed_and_inner_space_folded(string raw, string expected) =>
        Assert.Equal(expected, NameNormalisation.Clean(raw));
}
