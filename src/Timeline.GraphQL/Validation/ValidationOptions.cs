namespace Timeline.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> runs: the error limit, suggestions in messages, cancellation.</summary>
public sealed class ValidationOptions
{
    private readonly int _maxErrors = 100;

    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Past this many errors validation stops and adds "Too many validation errors, error limit reached.
    /// Validation aborted." (graphql-js's limit of 100 by default), so a hostile document cannot make it run long.
    /// </summary>
    public int MaxErrors
    {
        get => _maxErrors;
        init => _maxErrors = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxErrors must be at least 1.");
    }

    /// <summary>Leaves the "Did you mean ...?" suggestions out of messages, so they reveal nothing of the schema.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Checked at each definition of the document; cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }
}
