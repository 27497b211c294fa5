namespace Timeline.Api.Embed;

/// <summary>A query parameter of the timeline views that cannot be read: which one, and why.</summary>
public sealed class TimelineParameterException : Exception
{
    public TimelineParameterException(string parameter, string message)
        : base(message) => Parameter = parameter;

    public TimelineParameterException()
        : this("", "A query parameter is not valid.")
    {
    }

    public TimelineParameterException(string message, Exception innerException)
        : base(message, innerException) => Parameter = "";

    /// <summary>The parameter's name as the URL gives it.</summary>
    public string Parameter { get; } = "";
}
