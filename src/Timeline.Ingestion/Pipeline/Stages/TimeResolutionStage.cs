using System.Globalization;
using Timeline.Ingestion.Time;

namespace Timeline.Ingestion.Pipeline.Stages;

/// <summary>
/// Resolves every when, start and end against the publication date, anchor events first; each
/// expression that cannot be resolved is an error at its own path.
/// </summary>
public sealed class TimeResolutionStage : IIngestStage
{
    public string Name => "time";

    public ValueTask RunAsync(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document ?? throw new InvalidOperationException("Time resolution needs a validated document; run validation first.");
        if (!DateOnly.TryParseExact(document.Article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            context.AddError("/article/published", $"'{document.Article.Published}' is not a date (yyyy-MM-dd)");
            return ValueTask.CompletedTask;
        }
        var times = DocumentTimeResolver.Resolve(document, published);
        foreach (var failure in times.Failures) context.AddError(failure.Path, failure.Result.Error!);
        context.Times = times;
        return ValueTask.CompletedTask;
    }
}
