namespace Timeline.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The limits keep a hostile document from exhausting the
/// stack or the CPU: past them parsing stops with a <see cref="GraphQLSyntaxException"/>. Large SDL
/// documents may need a higher <see cref="MaxTokens"/>.
/// </summary>
public sealed class ParseOptions
{
    private readonly int _maxTokens = 15000;
    private readonly int _maxDepth = 256;

    /// <summary>The defaults: 15000 tokens, 256 nesting levels, locations recorded.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>The most tokens a document may have (punctuators, names, values; not ignored tokens).</summary>
    public int MaxTokens
    {
        get => _maxTokens;
        init => _maxTokens = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxTokens must be at least 1.");
    }

    /// <summary>The deepest nesting of selection sets, list and object values and list types together.</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be at least 1.");
    }

    /// <summary>
    /// Accepts <c>{ }</c> as a selection set. The September 2025 spec requires at least one selection;
    /// graphql-js 17 accepts empty ones by default, following a later spec change.
    /// </summary>
    public bool AllowEmptySelectionSets { get; init; }

    /// <summary>Skips recording node locations (faster, but errors found later cannot point into the source).</summary>
    public bool NoLocation { get; init; }
}
