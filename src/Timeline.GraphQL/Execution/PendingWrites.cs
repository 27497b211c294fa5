namespace Timeline.GraphQL.Execution;

/// <summary>
/// The bookkeeping of a selection set or list once one of its entries went asynchronous: that entry keeps writing to the
/// main buffer, every later entry writes to its own segment, and the segments are appended in order once all are done.
/// Entries thus run concurrently while the response keeps selection-set order.
/// </summary>
internal sealed class PendingWrites : IDisposable
{
    private readonly List<ValueTask<bool>> tasks = [];
    private readonly List<ResultBuffer> segments = [];

    /// <summary>Set when an entry failed synchronously, so that no later entry is started.</summary>
    public bool Failed { get; set; }

    public ResultBuffer NewSegment()
    {
        var segment = new ResultBuffer(256);
        segments.Add(segment);
        return segment;
    }

    public void Track(ValueTask<bool> task) => tasks.Add(task);

    /// <summary>Awaits every entry (even after a failure, so none still writes when buffers are released), then appends the segments and the closing byte.</summary>
    public async ValueTask<bool> FinishAsync(ResultBuffer buffer, byte close)
    {
        try
        {
            var ok = !Failed;
            Exception? thrown = null;
            foreach (var task in tasks)
            {
                try
                {
                    if (!await task.ConfigureAwait(false))
                    {
                        ok = false;
                    }
                }
                catch (Exception e)
                {
                    thrown ??= e;
                }
            }

            if (thrown is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(thrown);
            }

            if (!ok)
            {
                return false;
            }

            foreach (var segment in segments)
            {
                buffer.Append(segment);
            }

            buffer.WriteByte(close);
            return true;
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var segment in segments)
        {
            segment.Dispose();
        }

        segments.Clear();
    }
}
