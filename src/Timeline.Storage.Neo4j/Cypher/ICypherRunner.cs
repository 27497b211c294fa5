using Timeline.Neo4j.QueryApi;

namespace Timeline.Storage.Neo4j.Cypher;

/// <summary>Runs statement files of <c>cypher/</c> by name, in a transaction or on their own.</summary>
internal interface ICypherRunner
{
    Task<IReadOnlyList<Neo4jRecord>> RunAsync(string statementName, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}
