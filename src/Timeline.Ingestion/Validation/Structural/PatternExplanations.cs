namespace Timeline.Ingestion.Validation.Structural;

/// <summary>
/// Plain words for the schema's patterns, so that an error says "must be a slug such as
/// 'qassem-soleimani'" rather than quoting a regular expression at the reader.
/// </summary>
internal static class PatternExplanations
{
    private static readonly Dictionary<string, string> Explanations = new(StringComparer.Ordinal)
    {
        ["^[a-z0-9]+(-[a-z0-9]+)*$"] = "a slug: lower-case letters and digits in words joined by single hyphens, such as 'qassem-soleimani'",
        ["^[a-z][a-z0-9]*(-[a-z0-9]+)*$"] = "a lower-case scheme name such as 'wikidata'",
        ["^Q[1-9][0-9]*$"] = "a Wikidata item id: Q and a number without leading zeros, such as 'Q1530'",
        ["^https?://"] = "an http or https URL",
        ["^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$"] =
            "a BCP 47 language tag such as 'en', 'ar' or 'pt-BR'",
    };

    private const string TimeValue = "an ISO time value: yyyy, yyyy-Qn, yyyy-MM, yyyy-Www or yyyy-MM-dd, or two of them joined by '/' for a range";

    public static string Explain(PortablePattern pattern)
    {
        if (Explanations.TryGetValue(pattern.Source, out var words))
        {
            return words;
        }

        // The time-value pattern is long; recognise it by its shape rather than repeat it here.
        return pattern.Source.Contains("Q[1-4]", StringComparison.Ordinal) ? TimeValue : $"a string matching the pattern {pattern.Source}";
    }
}
