using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Limits;

/// <summary>
/// Bounds on what one request may ask of the server; each one exceeded is answered with a request error carrying an
/// <c>extensions.code</c>. The defaults let the full standard introspection query through.
/// </summary>
public sealed class ExecutionLimits
{
    public static ExecutionLimits Default { get; } = new();

    /// <summary>Characters of document text; longer documents are refused before parsing.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Tokens the parser reads before giving up (the language layer's <see cref="ParseOptions.MaxTokens"/>).</summary>
    public int MaxTokens { get; init; } = ParseOptions.Default.MaxTokens;

    /// <summary>Nesting the parser accepts (the language layer's <see cref="ParseOptions.MaxDepth"/>).</summary>
    public int MaxParserDepth { get; init; } = ParseOptions.Default.MaxDepth;

    /// <summary>Deepest field nesting after fragments are expanded; root fields are at depth 1.</summary>
    public int MaxDepth { get; init; } = 20;

    /// <summary>
    /// Field selections after fragments are expanded, a list field's sub-selection counted once per item it asks for
    /// (its <c>first</c> or <c>last</c> argument when given); introspection fields cost nothing.
    /// </summary>
    public int MaxCost { get; init; } = 20_000;

    /// <summary>Aliased fields after fragments are expanded.</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>
    /// How long execution may run before it is cancelled and answered with an error; null for no limit. It bounds
    /// waiting (asynchronous resolvers, data loaders); a run that never waits finishes before any timer could matter.
    /// </summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    internal ParseOptions ToParseOptions() =>
        MaxTokens == ParseOptions.Default.MaxTokens && MaxParserDepth == ParseOptions.Default.MaxDepth
            ? ParseOptions.Default
            : new ParseOptions { MaxTokens = MaxTokens, MaxDepth = MaxParserDepth };
}
