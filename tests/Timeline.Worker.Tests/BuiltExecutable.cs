namespace Timeline.Worker.Tests;

/// <summary>Finds an executable project's built dll, in the same configuration as the running tests.</summary>
public static class BuiltExecutable
{
    /// <summary>
    /// The dll of <paramref name="projectName"/> under <c>src/</c>, from its own output folder (where its
    /// runtimeconfig.json sits), found by mirroring this test assembly's <c>bin/&lt;Configuration&gt;/&lt;tfm&gt;</c>.
    /// </summary>
    public static string Find(string projectName, string assemblyName)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name;
        var configuration = output.Parent?.Name ?? throw new InvalidOperationException($"Cannot tell the build configuration from {output.FullName}.");
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Timeline.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException($"No Timeline.sln above {output.FullName}.");
        var dll = Path.Combine(root.FullName, "src", projectName, "bin", configuration, framework, assemblyName + ".dll");
        if (!File.Exists(dll) || !File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
        {
            throw new InvalidOperationException($"{dll} (and its runtimeconfig.json) should have been built through the test project's reference to {projectName}.");
        }
        return dll;
    }
}
