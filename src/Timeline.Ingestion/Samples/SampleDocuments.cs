using Timeline.Ingestion.Schema;

namespace Timeline.Ingestion.Samples;

/// <summary>
/// The sample article-facts documents embedded in this assembly: two reports of 7 April 2021 on the
/// US–Iraq strategic dialogue, written from the seed articles as a careful editor would.
/// </summary>
public static class SampleDocuments
{
    public const string AlJazeera = "aljazeera-2021-04-07.json";

    public const string NdtvAfp = "ndtv-afp-2021-04-08.json";

    private const string ResourcePrefix = "Timeline.Ingestion.Samples.";

    private static readonly Lazy<IReadOnlyList<SampleDocument>> Documents = new(() =>
        [.. new[] { AlJazeera, NdtvAfp }.Select(name => new SampleDocument(name, EmbeddedResource.Read(ResourcePrefix + name)))]);

    /// <summary>Every sample, in a fixed order.</summary>
    public static IReadOnlyList<SampleDocument> All => Documents.Value;

    /// <summary>The sample of that file name, such as <see cref="AlJazeera"/>.</summary>
    public static SampleDocument Get(string name) =>
        All.FirstOrDefault(sample => sample.Name == name)
        ?? throw new ArgumentException($"There is no sample named '{name}'; the samples are {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
