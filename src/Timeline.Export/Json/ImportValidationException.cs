namespace Timeline.Export.Json;

/// <summary>An import file was refused before anything was written; <see cref="Errors"/> says where and why.</summary>
public sealed class ImportValidationException : Exception
{
    public ImportValidationException()
        : this([])
    {
    }

    public ImportValidationException(string message)
        : this([new ImportError("", message)])
    {
    }

    public ImportValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ImportError("", message)];
    }

    public ImportValidationException(IReadOnlyList<ImportError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ImportError> Errors { get; }

    private static string Describe(IReadOnlyList<ImportError> errors) =>
        errors.Count == 0
            ? "The import file is invalid."
            : $"The import file is invalid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}); nothing was imported:\n"
                + string.Join("\n", errors.Select(e => "  " + e));
}
