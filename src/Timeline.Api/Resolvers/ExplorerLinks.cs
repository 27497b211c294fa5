namespace Timeline.Api.Resolvers;

/// <summary>Links that open a node in the explorer, as the <c>url</c> fields of events and entities give them.</summary>
internal static class ExplorerLinks
{
    public static string Focus(string id) => "/explore?focus=" + Uri.EscapeDataString(id);
}
