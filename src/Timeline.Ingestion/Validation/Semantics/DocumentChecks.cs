using System.Globalization;
using System.Text.Json;
using Timeline.Ingestion.Validation.Json;

namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>
/// Checks of the document as a whole: repeated property names, blank strings, an empty document,
/// a publication date in the future, and the key index (one definition per key).
/// </summary>
internal static class DocumentChecks
{
    public static void CheckDuplicateProperties(SemanticContext context, IReadOnlyList<string> duplicatePointers)
    {
        foreach (var pointer in duplicatePointers)
        {
            context.Fail(pointer, "this property appears more than once in its object; readers disagree on which one counts, so give it once");
        }
    }

    /// <summary>Every string of the format carries meaning; one of nothing but white space is as good as empty.</summary>
    public static void CheckBlankStrings(SemanticContext context, JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when string.IsNullOrWhiteSpace(element.GetString()):
                context.Fail(pointer, "must contain more than white space");
                break;
            case JsonValueKind.Object:
                foreach (var (name, value) in JsonObjectProperties.LastWins(element))
                {
                    CheckBlankStrings(context, value, JsonPointer.Append(pointer, name));
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckBlankStrings(context, item, JsonPointer.Append(pointer, index++));
                }

                break;
            default:
                break;
        }
    }

    public static void CheckNotEmpty(SemanticContext context)
    {
        if (context.Document.Entities.Count == 0 && context.Document.Events.Count == 0)
        {
            context.Fail(JsonPointer.Root, "the document reports no entities and no events: there is nothing to ingest");
        }
    }

    public static void CheckPublicationDate(SemanticContext context)
    {
        if (context.Options.Today is not { } today)
        {
            return;
        }

        var latest = today.AddDays(context.Options.PublicationDateToleranceDays);
        if (context.Published > latest)
        {
            context.Fail(
                "/article/published",
                string.Create(CultureInfo.InvariantCulture, $"{context.Document.Article.Published} is in the future (today is {today:yyyy-MM-dd}); a report cannot be published after it is delivered"));
        }
    }

    public static void IndexKeys(SemanticContext context)
    {
        var entities = context.Document.Entities;
        for (var i = 0; i < entities.Count; i++)
        {
            Define(context, entities[i].Key, $"/entities/{i}", entities[i].Kind);
        }

        var events = context.Document.Events;
        for (var i = 0; i < events.Count; i++)
        {
            Define(context, events[i].Key, $"/events/{i}", null);
        }
    }

    private static void Define(SemanticContext context, string key, string pointer, string? entityKind)
    {
        if (context.Keys.TryGetValue(key, out var first))
        {
            context.Fail($"{pointer}/key", $"key '{key}' is already defined by {first.Pointer} (entities and events share one key space)");
            return;
        }

        context.Keys[key] = new KeyedFact(key, pointer, entityKind);
    }
}
