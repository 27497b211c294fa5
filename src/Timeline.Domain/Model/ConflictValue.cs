namespace Timeline.Domain.Model;

/// <summary>One version of a disputed field and the claims that give it.</summary>
/// <param name="Value">The value as text (an ISO time value, an entity id, ...).</param>
/// <param name="Claims">The claims giving this value.</param>
public sealed record ConflictValue(string Value, IReadOnlyList<Claim> Claims);
