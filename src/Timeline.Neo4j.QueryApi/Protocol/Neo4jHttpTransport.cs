using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// One HTTP exchange with the Query API: headers, per-request timeout linked with the caller's token, and
/// the mapping of every failure to a clear exception. It never retries; callers decide that.
/// </summary>
internal sealed class Neo4jHttpTransport
{
    private readonly HttpClient _httpClient;
    private readonly Neo4jClientOptions _options;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly ILogger _logger;

    public Neo4jHttpTransport(HttpClient httpClient, Neo4jClientOptions options, ILogger logger)
    {
        _httpClient = httpClient;
        _options = options;
        _logger = logger;
        Paths = new QueryApiPaths(options.Endpoint, options.Database);
        _authorization = options.User.Length == 0
            ? null
            : new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    public QueryApiPaths Paths { get; }

    public Neo4jClientOptions Options => _options;

    public async Task<Neo4jExchange> SendAsync(
        HttpMethod method,
        Uri uri,
        byte[]? body,
        string? clusterAffinity,
        string statementId,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypes.TypedJson));
        request.Headers.Authorization = _authorization;
        if (clusterAffinity is not null)
        {
            request.Headers.TryAddWithoutValidation(MediaTypes.ClusterAffinityHeader, clusterAffinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaTypes.TypedJson);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_options.RequestTimeout);
        }

        var started = Stopwatch.GetTimestamp();
        HttpStatusCode status;
        byte[] content;
        string? affinity;
        try
        {
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            status = response.StatusCode;
            content = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            affinity = response.Headers.TryGetValues(MediaTypes.ClusterAffinityHeader, out var values)
                ? values.FirstOrDefault()
                : null;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The server keeps running a statement whose client went away, so say so rather than just "cancelled".
            throw new TimeoutException(
                $"Neo4j did not answer {method} {uri} within {_options.RequestTimeout}; the statement may still run on the server.", e);
        }
        catch (HttpRequestException e)
        {
            var neverConnected = e.HttpRequestError is HttpRequestError.ConnectionError
                or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError;
            throw new Neo4jUnavailableException(uri, !neverConnected, e.Message, e);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        Neo4jLog.Exchange(_logger, method.Method, uri.AbsolutePath, statementId, (int)status, elapsed.TotalMilliseconds);
        return new Neo4jExchange(Interpret(uri, status, content), status, affinity);
    }

    private ResponseBody Interpret(Uri uri, HttpStatusCode status, byte[] content)
    {
        ResponseBody body;
        try
        {
            body = ResponseBodyReader.Read(content);
        }
        catch (Neo4jProtocolException) when (!IsSuccess(status))
        {
            // A proxy or load balancer answering with HTML, say: the status is all there is to go on.
            body = ResponseBody.Empty;
        }

        var last = body.Errors.Count > 0 ? body.Errors[^1] : null;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || last?.Code is "Neo.ClientError.Security.Unauthorized")
        {
            throw new Neo4jAuthenticationException(
                _options.User,
                last?.Code ?? "Neo.ClientError.Security.Unauthorized",
                last?.Message ?? "no error body",
                status);
        }

        if (last is not null)
        {
            // Neo4j's drivers (and testkit) act on the last error of the list.
            throw new Neo4jException(last.Code, last.Message, status);
        }

        if (!IsSuccess(status))
        {
            if ((int)status >= 500)
            {
                throw new Neo4jUnavailableException(uri, true, $"HTTP {(int)status} {status} without a Neo4j error.");
            }

            throw new Neo4jProtocolException("$", $"HTTP {(int)status} {status} from {uri} without a Neo4j error.");
        }

        return body;
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
