using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>Checks of each event: its place, its participants and its date against the article's.</summary>
internal static class EventChecks
{
    public static void Check(SemanticContext context)
    {
        var events = context.Document.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var pointer = $"/events/{i}";
            var @event = events[i];
            CheckPlace(context, @event, pointer);
            CheckWhen(context, @event, pointer);
            CheckParticipants(context, @event, pointer);
        }

        TimeChecks.CheckAnchorLoops(context);
    }

    private static void CheckPlace(SemanticContext context, EventFact @event, string pointer)
    {
        if (@event.Place is { } place
            && context.Resolve(place, $"{pointer}/place", "place entity") is { } fact
            && fact.EntityKind != "place")
        {
            context.Fail($"{pointer}/place", $"'{place}' is {fact.Describe()}, but an event's place must be a place entity");
        }
    }

    private static void CheckWhen(SemanticContext context, EventFact @event, string pointer)
    {
        var bounds = TimeChecks.Check(context, @event.When, $"{pointer}/when", @event.Key);
        if (bounds is { } days && days.Earliest > context.Published)
        {
            context.Fail(
                $"{pointer}/when/value",
                $"{@event.When.Value} begins after the article's publication date {context.Document.Article.Published}: an article cannot report as past what has not yet begun (give an expected date in text only)");
        }
    }

    private static void CheckParticipants(SemanticContext context, EventFact @event, string pointer)
    {
        var seen = new Dictionary<(string Entity, string Role), int>();
        for (var p = 0; p < @event.Participants.Count; p++)
        {
            var participant = @event.Participants[p];
            var at = $"{pointer}/participants/{p}";
            if (context.Resolve(participant.Entity, $"{at}/entity", "entity") is { IsEvent: true })
            {
                context.Fail($"{at}/entity", $"'{participant.Entity}' is an event; participants are entities (link events with relations)");
            }

            if (!seen.TryAdd((participant.Entity, participant.Role), p))
            {
                context.Fail(at, $"repeats participant {seen[(participant.Entity, participant.Role)]}: '{participant.Entity}' as '{participant.Role}'");
            }
        }
    }
}
