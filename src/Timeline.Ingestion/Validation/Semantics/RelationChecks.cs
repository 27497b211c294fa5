using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>
/// Checks of each relation: both ends defined, of the kinds its type links, not the same fact twice,
/// no repeated relation, and a time span (entity relations only) that does not end before it starts.
/// </summary>
internal static class RelationChecks
{
    public static void Check(SemanticContext context)
    {
        var relations = context.Document.Relations;
        var seen = new Dictionary<(string Type, string Subject, string Target), int>();
        for (var i = 0; i < relations.Count; i++)
        {
            var relation = relations[i];
            var pointer = $"/relations/{i}";
            var subject = context.Resolve(relation.Subject, $"{pointer}/subject", "entity or event");
            var target = context.Resolve(relation.Target, $"{pointer}/object", "entity or event");
            if (relation.Subject == relation.Target)
            {
                context.Fail($"{pointer}/object", $"links '{relation.Subject}' to itself");
            }
            else if (subject is not null && target is not null)
            {
                CheckKinds(context, relation, subject, target, pointer);
            }

            if (!seen.TryAdd((relation.Type, relation.Subject, relation.Target), i))
            {
                context.Fail(pointer, $"repeats relation {seen[(relation.Type, relation.Subject, relation.Target)]}");
            }

            CheckSpan(context, relation, subject, pointer);
        }
    }

    private static void CheckKinds(SemanticContext context, RelationFact relation, KeyedFact subject, KeyedFact target, string pointer)
    {
        if (RelationTypes.BetweenEvents.Contains(relation.Type))
        {
            RequireKind(context, relation.Type, subject, true, $"{pointer}/subject");
            RequireKind(context, relation.Type, target, true, $"{pointer}/object");
        }
        else if (RelationTypes.BetweenEntities.Contains(relation.Type))
        {
            RequireKind(context, relation.Type, subject, false, $"{pointer}/subject");
            RequireKind(context, relation.Type, target, false, $"{pointer}/object");
        }
        else if (subject.EntityKind != target.EntityKind)
        {
            context.Fail(
                $"{pointer}/object",
                $"'{relation.Type}' links two facts of one kind, but '{subject.Key}' is {subject.Describe()} and '{target.Key}' is {target.Describe()}");
        }
    }

    private static void RequireKind(SemanticContext context, string type, KeyedFact end, bool mustBeEvent, string pointer)
    {
        if (end.IsEvent != mustBeEvent)
        {
            context.Fail(pointer, $"'{type}' links two {(mustBeEvent ? "events" : "entities")}, but '{end.Key}' is {end.Describe()}");
        }
    }

    private static void CheckSpan(SemanticContext context, RelationFact relation, KeyedFact? subject, string pointer)
    {
        if (relation.Start is null && relation.End is null)
        {
            return;
        }

        if (subject is { IsEvent: true })
        {
            context.Fail(
                relation.Start is null ? $"{pointer}/end" : $"{pointer}/start",
                "only relations between entities have a start and an end; a relation between events takes its time from the events");
            return;
        }

        var start = relation.Start is null ? null : TimeChecks.Check(context, relation.Start, $"{pointer}/start", null);
        var end = relation.End is null ? null : TimeChecks.Check(context, relation.End, $"{pointer}/end", null);
        if (start is { } from && end is { } to && to.Latest < from.Earliest)
        {
            context.Fail($"{pointer}/end", $"ends ({relation.End!.Value}) before it starts ({relation.Start!.Value})");
        }
    }
}
