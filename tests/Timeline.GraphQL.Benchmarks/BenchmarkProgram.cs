using BenchmarkDotNet.Running;

namespace Timeline.GraphQL.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project tests/Timeline.GraphQL.Benchmarks -- --filter '*' --job short --inProcess</c>.
/// </summary>
internal static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
