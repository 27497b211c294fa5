using System.Text.Json.Serialization;

namespace Timeline.Ingestion.Documents;

/// <summary>
/// The article-facts document, format v1: one article and the facts it reports. Optional members
/// that are absent are left out when written, as the format has no nulls.
/// Keys (<see cref="EntityFact.Key"/>, <see cref="EventFact.Key"/>) are local to the document;
/// entity resolution and event merging give the graph its own ids.
/// </summary>
public sealed record ArticleFactsDocument
{
    [JsonPropertyName("formatVersion")] public required int FormatVersion { get; init; }
    [JsonPropertyName("article")] public required ArticleMetadata Article { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<EntityFact> Entities { get; init; } = [];
    [JsonPropertyName("events")] public IReadOnlyList<EventFact> Events { get; init; } = [];
    [JsonPropertyName("relations")] public IReadOnlyList<RelationFact> Relations { get; init; } = [];
}

/// <summary>Who published what, when: the provenance anchor of every fact in the document.</summary>
public sealed record ArticleMetadata
{
    /// <summary>Stable id chosen by the publisher of the document; a new version of the article keeps it.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Url { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("publisher"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Publisher { get; init; }
    /// <summary>Publication date, yyyy-MM-dd: the anchor of relative time expressions.</summary>
    [JsonPropertyName("published")] public required string Published { get; init; }
    /// <summary>BCP 47 language tag, such as "en".</summary>
    [JsonPropertyName("language"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Language { get; init; }
}

/// <summary>A person, organization or place the article mentions.</summary>
public sealed record EntityFact
{
    [JsonPropertyName("key")] public required string Key { get; init; }
    /// <summary>"person", "organization" or "place".</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    /// <summary>The name as this article spells it.</summary>
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("aliases")] public IReadOnlyList<string> Aliases { get; init; } = [];
    [JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Description { get; init; }
    /// <summary>Ids in external knowledge bases, by scheme: { "wikidata": "Q..." }.</summary>
    [JsonPropertyName("externalIds")] public IReadOnlyDictionary<string, string> ExternalIds { get; init; } = new Dictionary<string, string>();
    /// <summary>Other spellings of the same entity used by other sources: an editor's explicit merge hint.</summary>
    [JsonPropertyName("sameAs")] public IReadOnlyList<string> SameAs { get; init; } = [];
    /// <summary>The passage that names the entity.</summary>
    [JsonPropertyName("quote")] public required string Quote { get; init; }
}

/// <summary>Something that happened, as the article reports it.</summary>
public sealed record EventFact
{
    [JsonPropertyName("key")] public required string Key { get; init; }
    /// <summary>A lower-case type such as "airstrike", "vote", "troop-withdrawal", "talks".</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("summary"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Summary { get; init; }
    [JsonPropertyName("when")] public required TimeExpression When { get; init; }
    /// <summary>Key of a place entity of this document.</summary>
    [JsonPropertyName("place"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Place { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; init; } = [];
    [JsonPropertyName("participants")] public IReadOnlyList<ParticipantFact> Participants { get; init; } = [];
    /// <summary>The passage that reports the event.</summary>
    [JsonPropertyName("quote")] public required string Quote { get; init; }
}

/// <summary>An entity's part in an event.</summary>
public sealed record ParticipantFact
{
    /// <summary>Key of an entity of this document.</summary>
    [JsonPropertyName("entity")] public required string Entity { get; init; }
    /// <summary>"agent", "target", "speaker", "location", "participant", ...</summary>
    [JsonPropertyName("role")] public required string Role { get; init; }
    /// <summary>The supporting passage; the event's quote when absent.</summary>
    [JsonPropertyName("quote"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Quote { get; init; }
}

/// <summary>
/// A typed link between two events (caused, responseTo, partOf, followedBy) or two entities
/// (memberOf, leads, partOf), the latter optionally bounded in time.
/// </summary>
public sealed record RelationFact
{
    [JsonPropertyName("type")] public required string Type { get; init; }
    /// <summary>Key of the entity or event the relation starts from (JSON "subject").</summary>
    [JsonPropertyName("subject")] public required string Subject { get; init; }
    /// <summary>Key of the entity or event the relation points to (JSON "object").</summary>
    [JsonPropertyName("object")] public required string Target { get; init; }
    [JsonPropertyName("start"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public TimeExpression? Start { get; init; }
    [JsonPropertyName("end"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public TimeExpression? End { get; init; }
    [JsonPropertyName("quote")] public required string Quote { get; init; }
}

/// <summary>
/// When something happened, as written. <see cref="Text"/> is the article's own words
/// ("Wednesday", "last week", "in January 2020"), resolved against the publication date;
/// <see cref="Value"/> is an explicit ISO value (2020, 2020-Q1, 2020-01, 2021-W13, 2021-04-07,
/// or a range a/b) that an editor may give instead or as well; <see cref="Anchor"/> names the
/// event of this document that an expression such as "days after that incident" is relative to.
/// At least one of <see cref="Text"/> and <see cref="Value"/> is present.
/// </summary>
public sealed record TimeExpression
{
    [JsonPropertyName("text"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Text { get; init; }
    [JsonPropertyName("value"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Value { get; init; }
    [JsonPropertyName("anchor"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Anchor { get; init; }
}
