namespace Timeline.Api.Embed;

/// <summary>Parsed parameters, or the error that stopped parsing them.</summary>
public sealed record TimelineParametersResult(TimelineParameters? Parameters, TimelineParameterException? Error)
{
    /// <summary>A 400 problem naming the parameter and why it is wrong.</summary>
    public IResult Problem() => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: $"The query parameter '{Error?.Parameter}' is not valid",
        detail: Error?.Message,
        extensions: new Dictionary<string, object?> { ["parameter"] = Error?.Parameter });
}
