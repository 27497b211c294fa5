using System.Runtime.CompilerServices;

namespace Timeline.GraphQL.Tests.Language;

/// <summary>Reads the files of the Fixtures folder next to this source file.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder(), "Fixtures", name));

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
