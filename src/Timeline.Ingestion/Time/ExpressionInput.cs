using Timeline.Domain.Time;

namespace Timeline.Ingestion.Time;

/// <summary>What every rule sees: the expression as written, its normalized form, the publication date and, when named, the anchor event's time.</summary>
/// <param name="Text">The expression as the article wrote it, for messages.</param>
/// <param name="Normalized">The form the rules match (see <see cref="TimeTextNormalizer"/>).</param>
/// <param name="Published">The article's publication date: the anchor of relative expressions.</param>
/// <param name="AnchorKey">The event key the expression is anchored on, if any.</param>
/// <param name="Anchor">The anchor event's resolved time, when it is known.</param>
internal sealed record ExpressionInput(string Text, string Normalized, DateOnly Published, string? AnchorKey, TimePoint? Anchor);
