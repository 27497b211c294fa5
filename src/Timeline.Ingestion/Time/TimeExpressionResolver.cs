using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Time;

/// <summary>
/// Turns a document's <see cref="TimeExpression"/> into a <see cref="TimePoint"/>, following
/// HeidelTime's rules for news: an explicit ISO value wins; otherwise the text is read as an
/// absolute date, as relative to the publication date, or as relative to its anchor event.
/// Anything else is a failure that names the expression — never a guess.
/// </summary>
/// <remarks>
/// A pure function of its inputs: no clock, no culture (matching is invariant), no I/O.
/// Bad input is returned as a failed <see cref="TimePointResult"/>, never thrown.
/// </remarks>
public static class TimeExpressionResolver
{
    private const string Unrecognized =
        "is not a time expression the resolver understands; give an explicit ISO 'value' "
        + "(2020, 2020-Q1, 2020-01, 2021-W13, 2021-04-07, or a range such as 2020-06/2021-04)";

    private static readonly IReadOnlyDictionary<string, TimePoint> NoAnchors = new Dictionary<string, TimePoint>();

    /// <summary>Resolves an expression that needs no anchor event.</summary>
    public static TimePointResult Resolve(TimeExpression expression, DateOnly published) =>
        Resolve(expression, published, NoAnchors);

    /// <summary>
    /// Resolves <paramref name="expression"/> against the publication date and, when it names an
    /// anchor, against that event's time in <paramref name="resolvedAnchors"/> (event key to time).
    /// </summary>
    public static TimePointResult Resolve(
        TimeExpression expression, DateOnly published, IReadOnlyDictionary<string, TimePoint> resolvedAnchors)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(resolvedAnchors);

        var text = string.IsNullOrWhiteSpace(expression.Text) ? null : expression.Text.Trim();
        if (expression.Value is not null)
        {
            return string.IsNullOrWhiteSpace(expression.Value)
                ? TimePointResult.Failure("'value' is present but empty; give an ISO value or leave it out")
                : IsoTimeValue.Parse(expression.Value, text);
        }
        if (text is null)
            return TimePointResult.Failure("the time expression has neither 'text' nor 'value'");

        var anchor = expression.Anchor is { } key && resolvedAnchors.TryGetValue(key, out var point) ? point : null;
        var input = new ExpressionInput(text, TimeTextNormalizer.Normalize(text), published, expression.Anchor, anchor);
        var result = ResolveText(input);
        return result.Succeeded ? TimePointResult.Success(result.Point with { Text = text }) : result;
    }

    private static TimePointResult ResolveText(ExpressionInput input)
    {
        try
        {
            return AnchoredExpressions.TryResolve(input)
                ?? AbsoluteExpressions.TryResolve(input)
                ?? PublicationRelativeExpressions.TryResolve(input)
                ?? IsoText(input)
                ?? TimePointResult.Failure($"'{input.Text}' {Unrecognized}");
        }
        catch (ArgumentOutOfRangeException)
        {
            // Only reachable at the calendar's edges (a week or month past 9999-12-31).
            return TimePointResult.Failure($"'{input.Text}' falls outside the supported calendar (years 0001 to 9999)");
        }
    }

    // An editor may write an ISO value in the text itself ("2021-W13").
    private static TimePointResult? IsoText(ExpressionInput input) =>
        IsoTimeValue.LooksLikeIsoValue(input.Normalized) ? IsoTimeValue.Parse(input.Normalized) : null;
}
