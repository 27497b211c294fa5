using Timeline.Domain.Model;
using Timeline.Ingestion.Documents;
using Timeline.Ingestion.Time;

namespace Timeline.Ingestion.Pipeline;

/// <summary>
/// What the stages of one delivery share: the raw bytes, then the validated document, the resolved
/// times, and finally the facts for the store. A stage that finds a problem adds an error; the
/// pipeline stops at the first stage that leaves errors behind.
/// </summary>
public sealed class IngestContext(ReadOnlyMemory<byte> utf8)
{
    private readonly List<IngestError> _errors = [];

    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public ArticleFactsDocument? Document { get; set; }

    public DocumentTimes? Times { get; set; }

    public ArticleFacts? Facts { get; set; }

    public IReadOnlyList<IngestError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void AddError(string path, string message) => _errors.Add(new IngestError(path, message));
}
