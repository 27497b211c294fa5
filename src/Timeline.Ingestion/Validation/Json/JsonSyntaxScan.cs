namespace Timeline.Ingestion.Validation.Json;

/// <summary>
/// What a first, token-level pass over the bytes found: the syntax error that stopped it, if any,
/// and the pointers of properties that repeat a name already used in the same object.
/// </summary>
internal sealed record JsonSyntaxScan(ValidationError? SyntaxError, IReadOnlyList<string> DuplicatePropertyPointers);
