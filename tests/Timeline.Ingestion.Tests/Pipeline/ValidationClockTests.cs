using System.Text;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Pipeline.Stages;
using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Pipeline;

/// <summary>The pipeline's validation takes "today" from its clock, so a publication date far in the future is refused.</summary>
public sealed class ValidationClockTests
{
    private static byte[] PublishedOn(string date) => Encoding.UTF8.GetBytes($$"""
        {"formatVersion": 1,
         "article": {"id": "clock-test", "title": "Clock test", "published": "{{date}}"},
         "entities": [{"key": "iraq", "kind": "place", "name": "Iraq", "quote": "in Iraq"}]}
        """);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task<IngestContext> Validate(byte[] document, IngestionPipelineOptions options)
    {
        var context = new IngestContext(document);
        var stage = IngestionPipeline.DefaultStages(options).OfType<ValidationStage>().Single();
        await stage.RunAsync(context, TestContext.Current.CancellationToken);
        return context;
    }

    [Fact]
    public async Task A_publication_date_after_the_clocks_today_is_refused_with_its_path()
    {
        var options = new IngestionPipelineOptions { Clock = new FixedClock(new DateTimeOffset(2021, 4, 7, 12, 0, 0, TimeSpan.Zero)) };

        var context = await Validate(PublishedOn("2021-04-20"), options);

        var error = Assert.Single(context.Errors);
        Assert.Equal("/article/published", error.Pointer);
        Assert.Contains("2021-04-07", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_within_the_tolerance_of_the_clocks_today_is_accepted()
    {
        var options = new IngestionPipelineOptions { Clock = new FixedClock(new DateTimeOffset(2021, 4, 7, 23, 0, 0, TimeSpan.Zero)) };

        var context = await Validate(PublishedOn("2021-04-08"), options);

        Assert.Empty(context.Errors);
        Assert.NotNull(context.Document);
    }

    [Fact]
    public async Task The_default_pipeline_uses_the_system_clock()
    {
        var context = await Validate(PublishedOn("2999-01-01"), IngestionPipelineOptions.Default);

        Assert.Equal("/article/published", Assert.Single(context.Errors).Pointer);
    }

    [Fact]
    public async Task A_day_fixed_in_the_validation_options_wins_over_the_clock()
    {
        var options = new IngestionPipelineOptions
        {
            Clock = new FixedClock(new DateTimeOffset(2021, 4, 7, 12, 0, 0, TimeSpan.Zero)),
            Validation = ValidationOptions.Default with { Today = new DateOnly(2030, 1, 1) },
        };

        var context = await Validate(PublishedOn("2021-04-20"), options);

        Assert.Empty(context.Errors);
    }
}
