using Timeline.Ingestion.Validation;

namespace Timeline.Ingestion.Pipeline.Stages;

/// <summary>Parses and validates the document (syntax, schema, semantics) into the typed model.</summary>
public sealed class ValidationStage(ValidationOptions options) : IIngestStage
{
    public string Name => "validation";

    public ValueTask RunAsync(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = ArticleFactsValidator.Validate(context.Utf8.Span, options);
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
