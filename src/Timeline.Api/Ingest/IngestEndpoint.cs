using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Timeline.Api.Security;
using Timeline.Hosting;
using Timeline.Ingestion.Pipeline;

namespace Timeline.Api.Ingest;

/// <summary>
/// <c>POST /ingest</c>: an article-facts document as the body, through the ingestion pipeline. Answers the report:
/// 201 created, 200 updated or unchanged, 400 rejected (errors with JSON Pointer paths); 401 without a valid key,
/// 413 over <c>Timeline:Ingestion:MaxDocumentBytes</c>, 415 for a body that is not JSON. Refusals change nothing.
/// </summary>
public static partial class IngestEndpoint
{
    public const string Pattern = "/ingest";

    public static IEndpointConventionBuilder MapIngest(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(Pattern, HandleAsync).WithDisplayName("POST " + Pattern);
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        ApiKeySet keys,
        IngestionPipeline pipeline,
        IOptions<TimelineOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(IngestEndpoint));
        var presented = ApiKeyHeaders.Read(http.Request);
        if (!keys.Accepts(presented))
        {
            LogUnauthorized(logger, presented is null ? "no key" : "a key that is not valid", http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "A valid API key is required",
                detail: (presented is null ? "The request presents no API key. " : "The API key presented is not valid. ") +
                    "Writes need a key from Timeline:ApiKeys, sent as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
        }

        if (!IsJson(http.Request.ContentType))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The body must be JSON",
                detail: $"POST {Pattern} takes an article-facts document as application/json, not {http.Request.ContentType}.");
        }

        var limit = options.Value.Ingestion.MaxDocumentBytes;
        var body = await BoundedBodyReader.ReadAsync(http, limit, http.RequestAborted);
        if (body is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The document is too large",
                detail: $"The body exceeds the limit of {limit} bytes (Timeline:Ingestion:MaxDocumentBytes).");
        }

        var report = await pipeline.IngestAsync(body, http.RequestAborted);
        var status = report.Status switch
        {
            IngestReportStatus.Created => StatusCodes.Status201Created,
            IngestReportStatus.Rejected => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        return Results.Json(IngestReportBody.From(report), statusCode: status);
    }

    /// <summary>No Content-Type is taken as JSON (curl's --data-binary sends a form type unless told otherwise, so that one is refused).</summary>
    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)) return false;
        var name = mediaType.MediaType.Value ?? string.Empty;
        return name.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "POST /ingest refused: {Presented} from {RemoteAddress}")]
    private static partial void LogUnauthorized(ILogger logger, string presented, string remoteAddress);
}
