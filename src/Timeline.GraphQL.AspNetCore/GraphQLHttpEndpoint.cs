using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP draft) for one executor: POST with a JSON body, GET for queries, <c>?sdl</c>,
/// Accept negotiation, and the draft's status codes. One instance serves every request of its endpoint.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint
{
    private readonly GraphQLExecutor executor;
    private readonly GraphQLHttpOptions options;
    private readonly EndpointCors? cors;
    private readonly ILogger logger;
    private readonly Lazy<byte[]> sdl;
    private readonly string allowedMethods;

    public GraphQLHttpEndpoint(GraphQLExecutor executor, GraphQLHttpOptions options, EndpointCors? cors, ILogger logger)
    {
        this.executor = executor;
        this.options = options;
        this.cors = cors;
        this.logger = logger;
        sdl = new Lazy<byte[]>(() => System.Text.Encoding.UTF8.GetBytes(SchemaPrinter.Print(executor.Schema) + "\n"));
        allowedMethods = options.AllowGet ? "GET, POST, OPTIONS" : "POST, OPTIONS";
    }

    public Task HandleAsync(HttpContext http)
    {
        if (cors is not null && cors.Apply(http))
        {
            return Task.CompletedTask;
        }

        var method = http.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return PostAsync(http);
        }

        if (HttpMethods.IsGet(method) && options.AllowGet)
        {
            return GetAsync(http);
        }

        http.Response.Headers.Allow = allowedMethods;
        if (HttpMethods.IsOptions(method))
        {
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }

        return GraphQLResponseWriter.WriteErrorAsync(
            http.Response,
            StatusCodes.Status405MethodNotAllowed,
            GraphQLHttpErrorCodes.MethodNotAllowed,
            $"This endpoint answers {allowedMethods}, not {method}.",
            MediaTypes.JsonUtf8,
            http.RequestAborted);
    }

    private async Task PostAsync(HttpContext http)
    {
        var mediaType = AcceptNegotiation.Choose(http.Request.Headers.Accept);
        if (mediaType == ResponseMediaType.None)
        {
            await NotAcceptable(http);
            return;
        }

        var contentType = MediaTypes.ContentTypeOf(mediaType);
        if (!RequestContentType.IsJson(http.Request.ContentType))
        {
            await GraphQLResponseWriter.WriteErrorAsync(
                http.Response,
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLHttpErrorCodes.UnsupportedMediaType,
                $"A POST body must be application/json (UTF-8), not {(string.IsNullOrEmpty(http.Request.ContentType) ? "untyped" : http.Request.ContentType)}.",
                contentType,
                http.RequestAborted);
            return;
        }

        GraphQLRequest request;
        try
        {
            request = await PostBodyReader.ReadAsync(http.Request, options.MaxRequestBodySize, http.RequestAborted);
        }
        catch (GraphQLHttpRequestException e)
        {
            await Refuse(http, e, contentType);
            return;
        }

        await RunAsync(http, request, mediaType, isGet: false);
    }

    private async Task GetAsync(HttpContext http)
    {
        var parameters = http.Request.Query;
        http.Response.Headers.Vary = HeaderNames.Accept;
        if (options.ExposeSdl && parameters.ContainsKey("sdl"))
        {
            await GraphQLResponseWriter.WriteTextAsync(http.Response, sdl.Value, AcceptNegotiation.SdlContentType(http.Request.Headers.Accept), http.RequestAborted);
            return;
        }

        var mediaType = AcceptNegotiation.Choose(http.Request.Headers.Accept);
        if (mediaType == ResponseMediaType.None)
        {
            await NotAcceptable(http);
            return;
        }

        GraphQLRequest request;
        try
        {
            request = QueryStringReader.Read(parameters);
        }
        catch (GraphQLHttpRequestException e)
        {
            await Refuse(http, e, MediaTypes.ContentTypeOf(mediaType));
            return;
        }

        await RunAsync(http, request, mediaType, isGet: true);
    }

    private async Task RunAsync(HttpContext http, GraphQLRequest request, ResponseMediaType mediaType, bool isGet)
    {
        var contentType = MediaTypes.ContentTypeOf(mediaType);
        var aborted = http.RequestAborted;
        try
        {
            if (options.OnRequest is { } onRequest)
            {
                var context = new GraphQLHttpRequestContext(http, request);
                await onRequest(context);
                if (context.RejectedStatusCode is { } status)
                {
                    LogRejected(logger, status, context.RejectedError!.Message);
                    await GraphQLResponseWriter.WriteAsync(http.Response, ExecutionResult.RequestError(context.RejectedError), status, contentType, aborted);
                    return;
                }

                request = context.Request;
            }

            var result = await executor.ExecuteAsync(request, new HttpRequestServices(http), aborted);
            var statusCode = StatusOf(result, mediaType, isGet);
            if (statusCode == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "POST";
            }

            await GraphQLResponseWriter.WriteAsync(http.Response, result, statusCode, contentType, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: there is no one to answer.
            LogAborted(logger);
        }
        catch (Exception e) when (!http.Response.HasStarted && e is not OperationCanceledException)
        {
            LogFailed(logger, e);
            http.Response.Clear();
            await GraphQLResponseWriter.WriteErrorAsync(
                http.Response,
                StatusCodes.Status500InternalServerError,
                GraphQLHttpErrorCodes.InternalError,
                "The server failed to answer the request.",
                contentType,
                CancellationToken.None);
        }
    }

    /// <summary>
    /// The draft's status codes: 200 once there is data; for request errors 400 under application/graphql-response+json and
    /// 200 under application/json (legacy clients read the body); 405 for an operation a GET may not run.
    /// </summary>
    private static int StatusOf(ExecutionResult result, ResponseMediaType mediaType, bool isGet)
    {
        if (result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        if (isGet && HasCode(result, ErrorCodes.OperationNotAllowed))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        return mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static bool HasCode(ExecutionResult result, string code)
    {
        foreach (var error in result.Errors)
        {
            if (error.Extensions.TryGetValue("code", out var value) && value as string == code)
            {
                return true;
            }
        }

        return false;
    }

    private Task Refuse(HttpContext http, GraphQLHttpRequestException e, string contentType)
    {
        LogRefused(logger, e.StatusCode, e.Message);
        return GraphQLResponseWriter.WriteErrorAsync(http.Response, e.StatusCode, e.Code, e.Message, contentType, http.RequestAborted);
    }

    private static Task NotAcceptable(HttpContext http) => GraphQLResponseWriter.WriteErrorAsync(
        http.Response,
        StatusCodes.Status406NotAcceptable,
        GraphQLHttpErrorCodes.NotAcceptable,
        $"This endpoint answers {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}; the Accept header allows neither.",
        MediaTypes.JsonUtf8,
        http.RequestAborted);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL request refused with {StatusCode}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL request rejected by the application with {StatusCode}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL request abandoned: the client went away")]
    private static partial void LogAborted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL request failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
