namespace Timeline.Cli;

/// <summary>What <c>timeline</c> returns to the shell.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done; every document was accepted.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but at least one document was rejected.</summary>
    public const int Rejected = 1;

    /// <summary>The command line or the configuration is wrong; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>The command could not finish for another reason (the store failed, a folder could not be written).</summary>
    public const int Failure = 3;
}
