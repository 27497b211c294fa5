using System.Text.Json;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Validation;

/// <summary>
/// Maps a structurally valid document to the typed model. Done by hand rather than by the serializer
/// because the schema admits what JSON admits and the serializer would not: formatVersion 1.0, for one.
/// </summary>
internal static class DocumentMapper
{
    public static ArticleFactsDocument Map(JsonElement root) => new()
    {
        FormatVersion = (int)root.GetProperty("formatVersion").GetDouble(),
        Article = Article(root.GetProperty("article")),
        Entities = List(root, "entities", Entity),
        Events = List(root, "events", Event),
        Relations = List(root, "relations", Relation),
    };

    private static ArticleMetadata Article(JsonElement article) => new()
    {
        Id = Required(article, "id"),
        Url = Optional(article, "url"),
        Title = Required(article, "title"),
        Publisher = Optional(article, "publisher"),
        Published = Required(article, "published"),
        Language = Optional(article, "language"),
    };

    private static EntityFact Entity(JsonElement entity) => new()
    {
        Key = Required(entity, "key"),
        Kind = Required(entity, "kind"),
        Name = Required(entity, "name"),
        Aliases = List(entity, "aliases", String),
        Description = Optional(entity, "description"),
        ExternalIds = entity.TryGetProperty("externalIds", out var ids)
            ? ids.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal),
        SameAs = List(entity, "sameAs", String),
        Quote = Required(entity, "quote"),
    };

    private static EventFact Event(JsonElement @event) => new()
    {
        Key = Required(@event, "key"),
        Type = Required(@event, "type"),
        Title = Required(@event, "title"),
        Summary = Optional(@event, "summary"),
        When = Time(@event.GetProperty("when")),
        Place = Optional(@event, "place"),
        Tags = List(@event, "tags", String),
        Participants = List(@event, "participants", Participant),
        Quote = Required(@event, "quote"),
    };

    private static ParticipantFact Participant(JsonElement participant) => new()
    {
        Entity = Required(participant, "entity"),
        Role = Required(participant, "role"),
        Quote = Optional(participant, "quote"),
    };

    private static RelationFact Relation(JsonElement relation) => new()
    {
        Type = Required(relation, "type"),
        Subject = Required(relation, "subject"),
        Target = Required(relation, "object"),
        Start = relation.TryGetProperty("start", out var start) ? Time(start) : null,
        End = relation.TryGetProperty("end", out var end) ? Time(end) : null,
        Quote = Required(relation, "quote"),
    };

    private static TimeExpression Time(JsonElement time) => new()
    {
        Text = Optional(time, "text"),
        Value = Optional(time, "value"),
        Anchor = Optional(time, "anchor"),
    };

    private static string String(JsonElement value) => value.GetString()!;

    private static string Required(JsonElement owner, string name) => owner.GetProperty(name).GetString()!;

    private static string? Optional(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static T[] List<T>(JsonElement owner, string name, Func<JsonElement, T> map) =>
        owner.TryGetProperty(name, out var items) ? [.. items.EnumerateArray().Select(map)] : [];
}
