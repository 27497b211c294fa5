namespace Timeline.Ingestion.Schema;

/// <summary>Reads the resources embedded in this assembly (the schema and the sample documents).</summary>
internal static class EmbeddedResource
{
    public static byte[] Read(string name)
    {
        using var stream = typeof(EmbeddedResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(EmbeddedResource).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
