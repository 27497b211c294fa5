namespace Timeline.Ingestion.Schema;

/// <summary>The JSON Schema (draft 2020-12) of article-facts format v1, as embedded in this assembly.</summary>
public static class ArticleFactsSchema
{
    public const string ResourceName = "Timeline.Ingestion.Schema.article-facts.v1.schema.json";

    /// <summary>The "$id" of the schema.</summary>
    public const string Id = "urn:timeline:schema:article-facts:v1";

    /// <summary>The format version the schema describes.</summary>
    public const int FormatVersion = 1;

    private static readonly Lazy<byte[]> Bytes = new(() => EmbeddedResource.Read(ResourceName));

    /// <summary>The schema document, UTF-8 JSON.</summary>
    public static ReadOnlyMemory<byte> Utf8 => Bytes.Value;
}
