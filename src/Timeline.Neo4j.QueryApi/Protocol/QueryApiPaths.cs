namespace Timeline.Neo4j.QueryApi;

/// <summary>Endpoint addresses under the configured base URI (whose path prefix, if any, is kept).</summary>
internal sealed class QueryApiPaths
{
    private readonly string _database;

    public QueryApiPaths(Uri endpoint, string database)
    {
        Base = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _database = Uri.EscapeDataString(database);
    }

    public string Base { get; }

    public Uri AutoCommit => new($"{Base}/db/{_database}/query/v2");

    public Uri OpenTransaction => new($"{Base}/db/{_database}/query/v2/tx");

    /// <summary>Run in, and (with DELETE) roll back, a transaction; the docs misprint the latter as /tx/query/v2/{id}.</summary>
    public Uri Transaction(string id) => new($"{Base}/db/{_database}/query/v2/tx/{Uri.EscapeDataString(id)}");

    public Uri Commit(string id) => new($"{Base}/db/{_database}/query/v2/tx/{Uri.EscapeDataString(id)}/commit");
}
