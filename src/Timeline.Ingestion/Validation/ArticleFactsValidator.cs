using System.Text.Json;
using Timeline.Ingestion.Validation.Json;
using Timeline.Ingestion.Validation.Semantics;
using Timeline.Ingestion.Validation.Structural;

namespace Timeline.Ingestion.Validation;

/// <summary>
/// Validates an article-facts document (format v1) from its raw UTF-8 bytes. The checks run in order
/// and each stops the next: size (before parsing), JSON syntax, structure (exactly the JSON Schema),
/// semantics (references, kinds, dates, duplicates). The validator reads nothing but the document and
/// the options: no clock, no files, no network.
/// </summary>
public static class ArticleFactsValidator
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Validates the document and maps it to the typed model when it is valid.</summary>
    public static ValidationResult Validate(ReadOnlySpan<byte> utf8, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        if (Parse(utf8, options, out var outcome) is not { } parsed)
        {
            return ValidationResult.Invalid(outcome.Errors);
        }

        using var document = parsed;
        var root = document.RootElement;
        var structural = StructuralValidator.Validate(root);
        if (structural.Count > 0)
        {
            return ValidationResult.Invalid(structural);
        }

        var typed = DocumentMapper.Map(root);
        var semantic = SemanticValidator.Validate(typed, root, outcome.DuplicatePropertyPointers, options);
        return semantic.Count > 0 ? ValidationResult.Invalid(semantic) : ValidationResult.Valid(typed);
    }

    /// <summary>
    /// Reads the document from a stream and validates it. Reading stops one byte past the size
    /// limit, so an oversized upload is refused without being read whole.
    /// </summary>
    public static async Task<ValidationResult> ValidateAsync(Stream utf8, ValidationOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= ValidationOptions.Default;
        if (utf8.CanSeek && utf8.Length - utf8.Position > options.MaxDocumentBytes)
        {
            return ValidationResult.Invalid([SizeError($"the document is {utf8.Length - utf8.Position:N0} bytes, over the limit of {options.MaxDocumentBytes:N0}; it was not read")]);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= options.MaxDocumentBytes && (read = await utf8.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > options.MaxDocumentBytes
            ? ValidationResult.Invalid([SizeError($"the document is more than {options.MaxDocumentBytes:N0} bytes, over the limit; it was not read whole")])
            : Validate(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>
    /// The size, syntax and structural checks only: the verdict of the JSON Schema, which ajv must share.
    /// An empty list means the document fits the schema (it may still fail the semantic checks).
    /// </summary>
    public static IReadOnlyList<ValidationError> ValidateStructure(ReadOnlySpan<byte> utf8, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        if (Parse(utf8, options, out var outcome) is not { } parsed)
        {
            return outcome.Errors;
        }

        using var document = parsed;
        return StructuralValidator.Validate(document.RootElement);
    }

    private static JsonDocument? Parse(ReadOnlySpan<byte> utf8, ValidationOptions options, out ParseOutcome outcome)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            outcome = new ParseOutcome([SizeError($"the document is {utf8.Length:N0} bytes, over the limit of {options.MaxDocumentBytes:N0}; it was not read")], []);
            return null;
        }

        // A UTF-8 byte order mark carries no information; editors on some systems add it.
        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        var scan = JsonSyntaxScanner.Scan(utf8);
        if (scan.SyntaxError is { } syntaxError)
        {
            outcome = new ParseOutcome([syntaxError], scan.DuplicatePropertyPointers);
            return null;
        }

        outcome = new ParseOutcome([], scan.DuplicatePropertyPointers);
        return JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = JsonSyntaxScanner.MaxDepth });
    }

    private static ValidationError SizeError(FormattableString message) =>
        new(JsonPointer.Root, FormattableString.Invariant(message)) { Kind = ValidationErrorKind.Size };

    private sealed record ParseOutcome(IReadOnlyList<ValidationError> Errors, IReadOnlyList<string> DuplicatePropertyPointers);
}
