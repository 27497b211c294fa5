using System.Globalization;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Time;

/// <summary>
/// One time expression of a document and where it sits: its JSON Pointer path for error reports
/// and, for an event's <c>when</c>, the event key that other expressions may name as their anchor.
/// </summary>
/// <param name="Path">JSON Pointer of the expression, such as /events/3/when or /relations/0/start.</param>
/// <param name="Expression">The expression as the document gives it.</param>
/// <param name="EventKey">The key of the event whose time this is; null for relation bounds.</param>
public sealed record TimeSlot(string Path, TimeExpression Expression, string? EventKey = null)
{
    public static string EventWhenPath(int index) => string.Create(CultureInfo.InvariantCulture, $"/events/{index}/when");

    public static string RelationStartPath(int index) => string.Create(CultureInfo.InvariantCulture, $"/relations/{index}/start");

    public static string RelationEndPath(int index) => string.Create(CultureInfo.InvariantCulture, $"/relations/{index}/end");

    /// <summary>Every <c>when</c>, <c>start</c> and <c>end</c> of the document, events first, in document order.</summary>
    public static IReadOnlyList<TimeSlot> AllOf(ArticleFactsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var slots = new List<TimeSlot>();
        for (var i = 0; i < document.Events.Count; i++)
            slots.Add(new TimeSlot(EventWhenPath(i), document.Events[i].When, document.Events[i].Key));
        for (var i = 0; i < document.Relations.Count; i++)
        {
            if (document.Relations[i].Start is { } start)
                slots.Add(new TimeSlot(RelationStartPath(i), start));
            if (document.Relations[i].End is { } end)
                slots.Add(new TimeSlot(RelationEndPath(i), end));
        }
        return slots;
    }
}
