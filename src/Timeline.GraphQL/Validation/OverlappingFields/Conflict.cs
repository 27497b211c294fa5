using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Why two fields under one response key cannot merge: a message, or the conflicts of their subfields.
/// <see cref="Describe"/> words it as graphql-js does, e.g. <c>subfields "x" conflict because "a" and "b" are different fields</c>.
/// </summary>
internal sealed record ConflictReason(string ResponseName, string? Message, IReadOnlyList<ConflictReason> SubReasons)
{
    public string Describe() =>
        Message ?? string.Join(" and ", SubReasons.Select(r => $"subfields \"{r.ResponseName}\" conflict because {r.Describe()}"));
}

/// <summary>A conflict and the field nodes on each side of it (subfield conflicts add theirs).</summary>
internal sealed record Conflict(ConflictReason Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
