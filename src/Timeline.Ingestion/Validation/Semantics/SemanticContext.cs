using System.Globalization;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>What the semantic checks share: the document, its key index, its publication date and the errors found so far.</summary>
internal sealed class SemanticContext
{
    private readonly List<ValidationError> _errors = [];

    public SemanticContext(ArticleFactsDocument document, ValidationOptions options)
    {
        Document = document;
        Options = options;
        // The schema's "date" format has already checked that this is a real calendar date.
        Published = DateOnly.ParseExact(document.Article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public ArticleFactsDocument Document { get; }

    public ValidationOptions Options { get; }

    public DateOnly Published { get; }

    /// <summary>The first definition of every key; entities and events share one key space.</summary>
    public Dictionary<string, KeyedFact> Keys { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void Fail(string pointer, string message) => _errors.Add(new ValidationError(pointer, message) { Kind = ValidationErrorKind.Semantics });

    /// <summary>Looks a reference up, reporting a key the document does not define.</summary>
    public KeyedFact? Resolve(string key, string pointer, string expected)
    {
        if (Keys.TryGetValue(key, out var fact))
        {
            return fact;
        }

        Fail(pointer, $"'{key}' is not the key of any {expected} in this document");
        return null;
    }
}
