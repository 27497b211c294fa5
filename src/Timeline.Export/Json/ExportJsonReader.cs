using System.Text.Json;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;

namespace Timeline.Export.Json;

/// <summary>
/// Reads a "timeline-export" JSON file back into the claims it carries, checking all of it first: the
/// shape of every member, every time value against its bounds, and that the facts of each article hold
/// together as a store demands (keys defined once, references to the article's own entities and events,
/// known relation types). Any problem refuses the whole file with every error's JSON Pointer. The "graph"
/// member is derived from the claims, so it is only required to be an object and is otherwise not read.
/// </summary>
public static class ExportJsonReader
{
    public static StoredClaims Read(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException error)
        {
            throw new ImportValidationException([new ImportError("",
                $"not valid JSON at line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}: {error.Message.Split(" Path:")[0]}")]);
        }
        using (document)
        {
            var shape = new JsonShape();
            var claims = ReadDocument(shape, new JsonNode(document.RootElement, ""));
            if (shape.Errors.Count > 0 || claims is null) throw new ImportValidationException(shape.Errors);
            return claims;
        }
    }

    private static StoredClaims? ReadDocument(JsonShape shape, JsonNode root)
    {
        if (!shape.IsObject(root)) return null;
        shape.OnlyMembers(root, "format", "version", "articles", "decisions", "graph");
        var format = shape.String(root, "format");
        if (format is not null && format != ExportDocument.FormatName)
            shape.Error("/format", $"is \"{format}\"; expected \"{ExportDocument.FormatName}\"");
        var version = shape.Integer(root, "version");
        if (version is not null && version != ExportDocument.Version)
            shape.Error("/version", $"is {version}; this build reads version {ExportDocument.Version}");
        shape.Object(root, "graph");

        var articles = new List<ArticleFacts>();
        var articleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in shape.Array(root, "articles"))
        {
            if (ReadArticle(shape, item) is not { } facts) continue;
            if (articleIds.TryGetValue(facts.Article.Id, out var first))
                shape.Error(item.Pointer + "/article/id", $"article \"{facts.Article.Id}\" is already given at {first}");
            else
                articleIds[facts.Article.Id] = item.Pointer;
            articles.Add(facts);
        }

        var decisions = new List<MergeRecord>();
        var pairs = new HashSet<(string, string)>();
        foreach (var item in shape.Array(root, "decisions"))
        {
            if (ReadDecision(shape, item) is not { } decision) continue;
            var pair = string.CompareOrdinal(decision.MentionA, decision.MentionB) < 0
                ? (decision.MentionA, decision.MentionB) : (decision.MentionB, decision.MentionA);
            if (!pairs.Add(pair)) shape.Error(item.Pointer, $"a decision on \"{pair.Item1}\" and \"{pair.Item2}\" is already given");
            decisions.Add(decision);
        }
        return new StoredClaims(articles, decisions);
    }

    private static ArticleFacts? ReadArticle(JsonShape shape, JsonNode item)
    {
        if (!shape.IsObject(item)) return null;
        shape.OnlyMembers(item, "article", "entities", "events", "participations", "relations");
        var errorsBefore = shape.Errors.Count;

        Article? article = null;
        if (shape.Object(item, "article") is { } a)
        {
            shape.OnlyMembers(a, "id", "url", "title", "publisher", "published", "language", "contentHash");
            var id = shape.String(a, "id");
            if (id is not null && id.Contains('#', StringComparison.Ordinal))
                shape.Error(a.Pointer + "/id", "must not contain '#' (claim ids are \"{articleId}#{key}\")");
            var url = shape.String(a, "url", required: false);
            var title = shape.String(a, "title");
            var publisher = shape.String(a, "publisher", required: false);
            var published = shape.Date(a, "published");
            var language = shape.String(a, "language", required: false);
            var hash = shape.String(a, "contentHash");
            if (id is not null && title is not null && published is not null && hash is not null)
                article = new Article(id, url, title, publisher, published.Value, language, hash);
        }

        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var entities = new List<ArticleEntity>();
        foreach (var e in shape.Array(item, "entities"))
        {
            if (!shape.IsObject(e)) continue;
            shape.OnlyMembers(e, "key", "kind", "name", "aliases", "description", "externalIds", "sameAs", "quote");
            var key = shape.String(e, "key");
            var kindName = shape.String(e, "kind");
            var kind = EntityKind.Person;
            if (kindName is not null && !EntityKinds.TryParse(kindName, out kind))
                shape.Error(e.Pointer + "/kind", $"\"{kindName}\" is not an entity kind (person, organization, place)");
            var name = shape.String(e, "name");
            var aliases = shape.Strings(e, "aliases");
            var description = shape.String(e, "description", required: false);
            var externalIds = shape.StringMap(e, "externalIds");
            var sameAs = shape.Strings(e, "sameAs");
            var quote = shape.String(e, "quote");
            if (key is not null && !kinds.TryAdd(key, kind)) shape.Error(e.Pointer + "/key", $"\"{key}\" is defined twice");
            if (key is not null && name is not null && quote is not null)
                entities.Add(new ArticleEntity(key, kind, name, aliases, description, externalIds, sameAs, quote));
        }

        var eventKeys = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<ArticleEvent>();
        foreach (var e in shape.Array(item, "events"))
        {
            if (!shape.IsObject(e)) continue;
            shape.OnlyMembers(e, "key", "type", "title", "summary", "when", "place", "tags", "quote");
            var key = shape.String(e, "key");
            var type = shape.String(e, "type");
            var title = shape.String(e, "title");
            var summary = shape.String(e, "summary", required: false);
            var when = ReadTime(shape, e, "when", required: true);
            var place = shape.String(e, "place", required: false);
            var tags = shape.Strings(e, "tags");
            var quote = shape.String(e, "quote");
            if (key is not null && (!eventKeys.Add(key) || kinds.ContainsKey(key))) shape.Error(e.Pointer + "/key", $"\"{key}\" is defined twice");
            if (place is not null && (!kinds.TryGetValue(place, out var placeKind) || placeKind != EntityKind.Place))
                shape.Error(e.Pointer + "/place", $"\"{place}\" is not a place entity of this article");
            if (key is not null && type is not null && title is not null && when is not null && quote is not null)
                events.Add(new ArticleEvent(key, type, title, summary, when, place, tags, quote));
        }

        var participations = new List<ArticleParticipation>();
        foreach (var p in shape.Array(item, "participations"))
        {
            if (!shape.IsObject(p)) continue;
            shape.OnlyMembers(p, "event", "entity", "role", "quote");
            var eventKey = shape.String(p, "event");
            var entityKey = shape.String(p, "entity");
            var role = shape.String(p, "role");
            var quote = shape.String(p, "quote");
            if (eventKey is not null && !eventKeys.Contains(eventKey)) shape.Error(p.Pointer + "/event", $"\"{eventKey}\" is not an event of this article");
            if (entityKey is not null && !kinds.ContainsKey(entityKey)) shape.Error(p.Pointer + "/entity", $"\"{entityKey}\" is not an entity of this article");
            if (eventKey is not null && entityKey is not null && role is not null && quote is not null)
                participations.Add(new ArticleParticipation(eventKey, entityKey, role, quote));
        }

        var relations = new List<ArticleRelation>();
        foreach (var r in shape.Array(item, "relations"))
        {
            if (!shape.IsObject(r)) continue;
            shape.OnlyMembers(r, "type", "ends", "subject", "object", "start", "end", "quote");
            var type = shape.String(r, "type");
            var endsName = shape.String(r, "ends");
            var subject = shape.String(r, "subject");
            var obj = shape.String(r, "object");
            var start = ReadTime(shape, r, "start", required: false);
            var end = ReadTime(shape, r, "end", required: false);
            var quote = shape.String(r, "quote");
            if (endsName is null) continue;
            if (!ExportNames.TryParseEnds(endsName, out var ends))
            {
                shape.Error(r.Pointer + "/ends", $"\"{endsName}\" is not one of: events, entities");
                continue;
            }
            var known = type is null || (ends == RelationEnds.Events ? RelationTypes.TryParseEventType(type, out _) : RelationTypes.TryParseEntityType(type, out _));
            if (!known) shape.Error(r.Pointer + "/type", $"\"{type}\" is not a relation between {endsName}");
            ICollection<string> keys = ends == RelationEnds.Events ? eventKeys : kinds.Keys;
            if (subject is not null && !keys.Contains(subject)) shape.Error(r.Pointer + "/subject", $"\"{subject}\" is not one of the article's {endsName}");
            if (obj is not null && !keys.Contains(obj)) shape.Error(r.Pointer + "/object", $"\"{obj}\" is not one of the article's {endsName}");
            if (type is not null && subject is not null && obj is not null && quote is not null)
                relations.Add(new ArticleRelation(type, ends, subject, obj, start, end, quote));
        }

        return article is not null && shape.Errors.Count == errorsBefore
            ? new ArticleFacts(article, entities, events, participations, relations)
            : null;
    }

    /// <summary>A time must say what its value says: the precision and bounds are checked against the parsed value.</summary>
    private static TimePoint? ReadTime(JsonShape shape, JsonNode parent, string name, bool required)
    {
        if (shape.Object(parent, name, required) is not { } t) return null;
        shape.OnlyMembers(t, "value", "precision", "earliest", "latest", "text");
        var value = shape.String(t, "value");
        var precisionName = shape.String(t, "precision");
        var earliest = shape.Date(t, "earliest");
        var latest = shape.Date(t, "latest");
        var text = shape.String(t, "text", required: false);
        var precision = DatePrecision.Day;
        if (precisionName is not null && !ExportNames.TryParsePrecision(precisionName, out precision))
        {
            shape.Error(t.Pointer + "/precision", $"\"{precisionName}\" is not a precision (day, week, month, quarter, year)");
            return null;
        }
        if (value is null || precisionName is null || earliest is null || latest is null) return null;
        var parsed = IsoTimeValue.Parse(value, text);
        if (!parsed.Succeeded)
        {
            shape.Error(t.Pointer + "/value", parsed.Error);
            return null;
        }
        var point = parsed.Point;
        if (point.Precision != precision)
            shape.Error(t.Pointer + "/precision", $"is \"{precisionName}\", but \"{value}\" has precision \"{ExportNames.Precision(point.Precision)}\"");
        if (point.Earliest != earliest || point.Latest != latest)
            shape.Error(t.Pointer, $"bounds {earliest:yyyy-MM-dd}..{latest:yyyy-MM-dd} do not match \"{value}\", which covers {point.Earliest:yyyy-MM-dd}..{point.Latest:yyyy-MM-dd}");
        return point;
    }

    private static MergeRecord? ReadDecision(JsonShape shape, JsonNode item)
    {
        if (!shape.IsObject(item)) return null;
        shape.OnlyMembers(item, "mentionA", "mentionB", "decision", "note");
        var a = shape.String(item, "mentionA");
        var b = shape.String(item, "mentionB");
        var name = shape.String(item, "decision");
        var note = shape.String(item, "note", required: false);
        var decision = MergeDecision.Same;
        if (name is not null && !ExportNames.TryParseDecision(name, out decision))
            shape.Error(item.Pointer + "/decision", $"\"{name}\" is not one of: same, different");
        if (a is not null && a == b) shape.Error(item.Pointer + "/mentionB", "must name a different mention than mentionA");
        return a is null || b is null || name is null ? null : new MergeRecord(a, b, decision, note);
    }
}
