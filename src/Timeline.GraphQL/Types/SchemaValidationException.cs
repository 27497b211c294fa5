namespace Timeline.GraphQL.Types;

/// <summary>A schema broke type-system rules; <see cref="Errors"/> lists every problem, each naming the types and fields involved.</summary>
public class SchemaValidationException : Exception
{
    public SchemaValidationException()
        : this([])
    {
    }

    public SchemaValidationException(string message)
        : this([new SchemaValidationError(message)])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaValidationError(message)];
    }

    public SchemaValidationException(IReadOnlyList<SchemaValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<SchemaValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<SchemaValidationError> errors) =>
        errors.Count switch
        {
            0 => "The schema is invalid.",
            1 => "The schema is invalid: " + errors[0],
            _ => $"The schema is invalid ({errors.Count} problems):" + string.Concat(errors.Select(e => Environment.NewLine + "- " + e)),
        };
}
