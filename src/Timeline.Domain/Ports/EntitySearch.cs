using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>
/// Entity search by name or alias: every word of <see cref="Text"/> must start a word of one of the
/// entity's names (case, diacritics and punctuation ignored). No text lists all entities by name.
/// </summary>
public sealed record EntitySearch(string? Text, IReadOnlyList<EntityKind>? Kinds, PageRequest Page);
