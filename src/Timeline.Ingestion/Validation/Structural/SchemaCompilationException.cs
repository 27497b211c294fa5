namespace Timeline.Ingestion.Validation.Structural;

/// <summary>The schema uses a keyword or construct the structural validator cannot evaluate exactly as ajv does.</summary>
public sealed class SchemaCompilationException : Exception
{
    public SchemaCompilationException()
    {
    }

    public SchemaCompilationException(string message)
        : base(message)
    {
    }

    public SchemaCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
