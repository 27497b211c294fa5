using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Ingestion.Validation;

namespace Timeline.Ingestion.Tests.Validation;

/// <summary>Fixtures/invalid/expected.json: for each bad file, the check that refuses it and the errors it must give.</summary>
internal sealed record FixtureManifest(
    [property: JsonPropertyName("fixtures")] IReadOnlyList<InvalidFixture> Fixtures)
{
    private static readonly Lazy<FixtureManifest> Loaded = new(Load);

    public static FixtureManifest Current => Loaded.Value;

    public InvalidFixture Get(string file) =>
        Fixtures.SingleOrDefault(f => f.File == file) ?? throw new KeyNotFoundException($"{file} is not in expected.json.");

    private static FixtureManifest Load()
    {
        var path = Path.Combine(TestPaths.InvalidFixtures, "expected.json");
        return JsonSerializer.Deserialize<FixtureManifest>(File.ReadAllBytes(path))
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}

internal sealed record InvalidFixture(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("errors")] IReadOnlyList<ExpectedError> Errors,
    [property: JsonPropertyName("options")] FixtureOptions? Options)
{
    public ValidationErrorKind ErrorKind => Enum.Parse<ValidationErrorKind>(Kind);

    public ValidationOptions ValidationOptions => new()
    {
        MaxDocumentBytes = Options?.MaxDocumentBytes ?? ValidationOptions.DefaultMaxDocumentBytes,
        Today = Options?.Today is { } today ? DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    public byte[] ReadBytes() => System.IO.File.ReadAllBytes(Path.Combine(TestPaths.InvalidFixtures, File));
}

internal sealed record ExpectedError(
    [property: JsonPropertyName("pointer")] string Pointer,
    [property: JsonPropertyName("reason")] string Reason);

internal sealed record FixtureOptions(
    [property: JsonPropertyName("maxDocumentBytes")] int? MaxDocumentBytes,
    [property: JsonPropertyName("today")] string? Today);
