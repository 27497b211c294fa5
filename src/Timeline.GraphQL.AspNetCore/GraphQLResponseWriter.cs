using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>
/// Writes an execution result to the response body pipe. A result with data and nothing else (the common case) goes out
/// as <c>{"data":</c>, the data text execution wrote, and <c>}</c>, with no intermediate copy of the whole response.
/// </summary>
internal static class GraphQLResponseWriter
{
    private static readonly byte[] DataPrefix = "{\"data\":"u8.ToArray();
    private static readonly byte[] DataSuffix = "}"u8.ToArray();

    public static Task WriteAsync(HttpResponse response, ExecutionResult result, int statusCode, string contentType, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        var body = response.BodyWriter;
        if (result.HasData && result.Errors.Count == 0 && result.Extensions is null or { Count: 0 })
        {
            var data = result.DataJson.Span;
            response.ContentLength = DataPrefix.Length + data.Length + DataSuffix.Length;
            body.Write(DataPrefix);
            body.Write(data);
            body.Write(DataSuffix);
        }
        else
        {
            // Errors are rare and short: the executor's own serializer writes them, and the data beside them.
            var whole = result.ToUtf8Json();
            response.ContentLength = whole.Length;
            body.Write(whole);
        }

        return Flush(body, cancellationToken);
    }

    /// <summary>Writes a response of one request error (no data entry).</summary>
    public static Task WriteErrorAsync(HttpResponse response, int statusCode, string code, string message, string contentType, CancellationToken cancellationToken) =>
        WriteAsync(response, ExecutionResult.RequestError(message, code), statusCode, contentType, cancellationToken);

    public static Task WriteTextAsync(HttpResponse response, byte[] utf8Text, string contentType, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = utf8Text.Length;
        response.BodyWriter.Write(utf8Text);
        return Flush(response.BodyWriter, cancellationToken);
    }

    private static Task Flush(PipeWriter body, CancellationToken cancellationToken)
    {
        var flush = body.FlushAsync(cancellationToken);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }
}
