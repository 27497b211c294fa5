using System.Globalization;

namespace Timeline.Ingestion.Pipeline.Stages;

/// <summary>Refuses empty and oversized documents before any parsing.</summary>
public sealed class SizeCheckStage(int maxBytes) : IIngestStage
{
    public string Name => "size";

    public ValueTask RunAsync(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Utf8.Length == 0)
        {
            context.AddError("", "the document is empty");
        }
        else if (context.Utf8.Length > maxBytes)
        {
            context.AddError("", string.Create(CultureInfo.InvariantCulture,
                $"the document is {context.Utf8.Length:N0} bytes, over the limit of {maxBytes:N0} bytes"));
        }
        return ValueTask.CompletedTask;
    }
}
