using System.Text.Json;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>
/// The semantic layer: what the schema cannot say. It runs on structurally valid documents only,
/// in a fixed order (document-wide checks, keys, events, relations), so its errors come out in the same
/// order every time.
/// </summary>
internal static class SemanticValidator
{
    public static IReadOnlyList<ValidationError> Validate(
        ArticleFactsDocument document,
        JsonElement root,
        IReadOnlyList<string> duplicatePropertyPointers,
        ValidationOptions options)
    {
        var context = new SemanticContext(document, options);
        DocumentChecks.CheckDuplicateProperties(context, duplicatePropertyPointers);
        DocumentChecks.CheckBlankStrings(context, root, Json.JsonPointer.Root);
        DocumentChecks.CheckNotEmpty(context);
        DocumentChecks.CheckPublicationDate(context);
        DocumentChecks.IndexKeys(context);
        EventChecks.Check(context);
        RelationChecks.Check(context);
        return context.Errors;
    }
}
