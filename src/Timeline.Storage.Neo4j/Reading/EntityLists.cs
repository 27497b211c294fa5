using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Values;

namespace Timeline.Storage.Neo4j.Reading;

/// <summary>Per-entity lists for many entities at once, associates, and the entity search.</summary>
internal static class EntityLists
{
    public static async Task<Dictionary<string, IReadOnlyList<EntityRelation>>> RelationsAsync(ICypherRunner cypher, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var rows = (await cypher.RunAsync("entity-relations", CypherParameters.Of(("ids", CypherParameters.Ids(entityIds))), cancellationToken)).Select(r =>
        {
            var c = r.Map("claim");
            return (Type: c.Text("type"), Subject: r.Text("subjectId"), Object: r.Text("objectId"), Claim: new Claim(c.Text("articleId"), c.Text("quote")),
                Start: ReadTime(c, "start"), End: ReadTime(c, "end"), Owner: r.Text("owner"), Ordinal: c.Integer("ordinal"));
        });
        return rows.GroupBy(r => r.Owner, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<EntityRelation>)g.GroupBy(r => (r.Type, r.Subject, r.Object))
                .Select(x =>
                {
                    // The bounds of the first claim (by article, then position) that states them.
                    var ordered = x.OrderBy(y => y.Claim.ArticleId, StringComparer.Ordinal).ThenBy(y => y.Ordinal).ToList();
                    return new EntityRelation(ParseType(x.Key.Type), x.Key.Subject, x.Key.Object,
                        ordered.Select(y => y.Start).FirstOrDefault(t => t is not null), ordered.Select(y => y.End).FirstOrDefault(t => t is not null),
                        EventLists.SortClaims(x.Select(y => y.Claim)));
                })
                .OrderBy(x => x.Type).ThenBy(x => x.SubjectEntityId, StringComparer.Ordinal).ThenBy(x => x.ObjectEntityId, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<Associate>> AssociatesAsync(ICypherRunner cypher, string entityId, int limit, CancellationToken cancellationToken)
    {
        var counts = (await cypher.RunAsync("entity-associates", CypherParameters.Of(("id", entityId), ("limit", (long)limit)), cancellationToken))
            .Select(r => (Id: r.Text("entityId"), Shared: checked((int)r.Integer("shared")))).ToList();
        var entities = await NodeRows.EntitiesAsync(cypher, counts.Select(c => c.Id), cancellationToken);
        return counts.Where(c => entities.ContainsKey(c.Id)).Select(c => new Associate(entities[c.Id], c.Shared)).ToList();
    }

    public static async Task<Page<Entity>> SearchAsync(ICypherRunner cypher, EntitySearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        search.Page.Validate();
        var words = search.Text is null ? null : NameWords.Query(search.Text);
        var kinds = search.Kinds is { Count: > 0 } ? search.Kinds.Select(EntityKinds.Name).Distinct(StringComparer.Ordinal).ToList() : null;
        var after = search.Page.After is null ? null : Bound(OpaqueCursor.DecodePair(search.Page.After, "after"));
        var before = search.Page.Before is null ? null : Bound(OpaqueCursor.DecodePair(search.Page.Before, "before"));
        var statement = search.Page.IsBackward ? "entity-search-backward" : "entity-search-forward";
        var rows = (await cypher.RunAsync(statement, CypherParameters.Of(("words", words), ("kinds", kinds), ("after", after), ("before", before),
            ("limit", (long)search.Page.Size + 1)), cancellationToken)).Select(r => (Id: r.Text("id"), Sort: r.Text("sortName"))).ToList();
        var entities = await NodeRows.EntitiesAsync(cypher, rows.Select(r => r.Id), cancellationToken);
        var sortNames = rows.ToDictionary(r => r.Id, r => r.Sort, StringComparer.Ordinal);
        var list = rows.Where(r => entities.ContainsKey(r.Id)).Select(r => entities[r.Id]).ToList();
        return KeysetPaging.Build(list, search.Page, e => OpaqueCursor.EncodePair(sortNames[e.Id], e.Id), null);
    }

    private static Dictionary<string, object?> Bound((string Key, string Id) cursor) => CypherParameters.Of(("key", cursor.Key), ("id", cursor.Id));

    private static TimePoint? ReadTime(IReadOnlyDictionary<string, object?> claim, string prefix) =>
        claim.TextOrNull(prefix + "Value") is { } value
            ? RecordValues.Time(value, claim.Text(prefix + "Precision"), claim.DateOrNull(prefix + "Earliest") ?? throw Broken(prefix),
                claim.DateOrNull(prefix + "Latest") ?? throw Broken(prefix), claim.TextOrNull(prefix + "Text"))
            : null;

    private static InvalidOperationException Broken(string prefix) =>
        new($"A stored relation claim has a {prefix} value but not its bounds.");

    private static EntityRelationType ParseType(string name) =>
        RelationTypes.TryParseEntityType(name, out var type) ? type : throw new InvalidOperationException($"Stored entity relation type \"{name}\" is unknown.");
}
