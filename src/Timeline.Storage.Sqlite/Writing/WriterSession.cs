using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite.Writing;

/// <summary>The single writer connection with its prepared commands, kept open for the store's lifetime.</summary>
internal sealed class WriterSession : IDisposable
{
    public WriterSession(SqliteConnection connection)
    {
        Connection = connection;
        Commands = new CommandCache(connection);
        Ingestor = new ArticleIngestor(Commands);
    }

    public SqliteConnection Connection { get; }

    public CommandCache Commands { get; }

    public ArticleIngestor Ingestor { get; }

    /// <summary>Runs work in one immediate transaction; any exception or cancellation rolls it back.</summary>
    public T InTransaction<T>(Func<ArticleIngestor, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var transaction = Connection.BeginTransaction(deferred: false);
        Commands.Transaction = transaction;
        try
        {
            var result = work(Ingestor);
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return result;
        }
        finally
        {
            Commands.Transaction = null;
        }
    }

    public void Dispose()
    {
        Commands.Dispose();
        Connection.Dispose();
    }
}
