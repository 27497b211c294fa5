namespace Timeline.GraphQL.Language;

/// <summary>A node that can carry directives (used by directive validation across node kinds).</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
