namespace Timeline.Domain.Model;

/// <summary>A curation action names something the graph does not hold, or asks for something impossible.</summary>
public sealed class CurationException : Exception
{
    public CurationException()
    {
    }

    public CurationException(string message)
        : base(message)
    {
    }

    public CurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
