using System.Diagnostics.CodeAnalysis;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Validation;

/// <summary>Either the typed document (valid) or the reasons it was refused, never both.</summary>
public sealed class ValidationResult
{
    private ValidationResult(ArticleFactsDocument? document, IReadOnlyList<ValidationError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The document, when <see cref="IsValid"/>.</summary>
    public ArticleFactsDocument? Document { get; }

    /// <summary>The errors in a deterministic order: document order within each check, checks in order of <see cref="ValidationErrorKind"/>.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    public bool IsValid => Document is not null;

    public static ValidationResult Valid(ArticleFactsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ValidationResult(document, []);
    }

    public static ValidationResult Invalid(IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        return new ValidationResult(null, errors);
    }
}
