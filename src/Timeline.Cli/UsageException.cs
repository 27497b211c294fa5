namespace Timeline.Cli;

/// <summary>A command line that parses but asks for something impossible, such as a file that does not exist.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message) : base(message)
    {
    }

    public UsageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
