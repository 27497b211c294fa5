using Timeline.Ingestion.Validation;

namespace Timeline.Ingestion.Pipeline.Stages;

/// <summary>
/// Parses and validates the document (syntax, schema, semantics) into the typed model. Validation
/// reads no clock, so the stage gives it today's date (UTC) from <paramref name="clock"/> for the
/// far-future check of the publication date, unless the options fix a day themselves.
/// </summary>
public sealed class ValidationStage(ValidationOptions options, TimeProvider clock) : IIngestStage
{
    public ValidationStage(ValidationOptions options)
        : this(options, TimeProvider.System)
    {
    }

    public string Name => "validation";

    public ValueTask RunAsync(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var effective = options.Today is null
            ? options with { Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) }
            : options;
        var result = ArticleFactsValidator.Validate(context.Utf8.Span, effective);
        if (result.IsValid)
        {
            context.Document = result.Document;
        }
        else
        {
            foreach (var error in result.Errors) context.AddError(error.Pointer, error.Message);
        }
        return ValueTask.CompletedTask;
    }
}
