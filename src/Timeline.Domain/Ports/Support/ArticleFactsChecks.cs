using System.Globalization;
using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>
/// The store's own guard on its input: facts built by hand (not through the pipeline) must still
/// hold together. Each failure names the fact and why.
/// </summary>
public static class ArticleFactsChecks
{
    public static void Check(ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var a = facts.Article;
        Require(!string.IsNullOrWhiteSpace(a.Id), "article.id", "must not be empty");
        Require(!a.Id.Contains('#', StringComparison.Ordinal), "article.id", "must not contain '#' (claim ids are \"{articleId}#{key}\")");
        Require(!string.IsNullOrWhiteSpace(a.Title), "article.title", "must not be empty");
        Require(!string.IsNullOrWhiteSpace(a.ContentHash), "article.contentHash", "must be set (ArticleFactsFingerprint.Compute)");
        var entityKinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Entities.Count; i++)
        {
            var e = facts.Entities[i];
            Require(!string.IsNullOrWhiteSpace(e.Key), At("entities", i, "key"), "must not be empty");
            Require(!string.IsNullOrWhiteSpace(e.Name), At("entities", i, "name"), "must not be empty");
            Require(entityKinds.TryAdd(e.Key, e.Kind), At("entities", i, "key"), $"\"{e.Key}\" is defined twice");
        }
        var eventKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Events.Count; i++)
        {
            var e = facts.Events[i];
            Require(!string.IsNullOrWhiteSpace(e.Key), At("events", i, "key"), "must not be empty");
            Require(eventKeys.Add(e.Key) && !entityKinds.ContainsKey(e.Key), At("events", i, "key"), $"\"{e.Key}\" is defined twice");
            Require(!string.IsNullOrWhiteSpace(e.Type), At("events", i, "type"), "must not be empty");
            Require(e.When.Earliest <= e.When.Latest, At("events", i, "when"), "ends before it starts");
            if (e.PlaceKey is not null)
            {
                Require(entityKinds.TryGetValue(e.PlaceKey, out var kind) && kind == EntityKind.Place,
                    At("events", i, "place"), $"\"{e.PlaceKey}\" is not a place entity of this article");
            }
        }
        for (var i = 0; i < facts.Participations.Count; i++)
        {
            var p = facts.Participations[i];
            Require(eventKeys.Contains(p.EventKey), At("participations", i, "event"), $"\"{p.EventKey}\" is not an event of this article");
            Require(entityKinds.ContainsKey(p.EntityKey), At("participations", i, "entity"), $"\"{p.EntityKey}\" is not an entity of this article");
            Require(!string.IsNullOrWhiteSpace(p.Role), At("participations", i, "role"), "must not be empty");
        }
        var entityKeys = entityKinds.Keys.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < facts.Relations.Count; i++)
        {
            var r = facts.Relations[i];
            var keys = r.Ends == RelationEnds.Events ? eventKeys : entityKeys;
            var known = r.Ends == RelationEnds.Events
                ? RelationTypes.TryParseEventType(r.Type, out _)
                : RelationTypes.TryParseEntityType(r.Type, out _);
            Require(known, At("relations", i, "type"), $"\"{r.Type}\" is not a relation between {r.Ends.ToString().ToLowerInvariant()}");
            Require(keys.Contains(r.SubjectKey), At("relations", i, "subject"), $"\"{r.SubjectKey}\" is not one of the article's {r.Ends.ToString().ToLowerInvariant()}");
            Require(keys.Contains(r.ObjectKey), At("relations", i, "object"), $"\"{r.ObjectKey}\" is not one of the article's {r.Ends.ToString().ToLowerInvariant()}");
        }
    }

    private static string At(string list, int index, string field) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}");

    private static void Require(bool condition, string where, string why)
    {
        if (!condition) throw new ArgumentException($"Article facts {where}: {why}.");
    }
}
