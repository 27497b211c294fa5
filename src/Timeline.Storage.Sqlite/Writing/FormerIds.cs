namespace Timeline.Storage.Sqlite.Writing;

/// <summary>
/// Keeps replaced node ids findable: an id that disappears points to the node that took over most of
/// its claims, and ids that pointed to it follow along. An id that comes back is no longer "former".
/// </summary>
internal static class FormerIds
{
    public static void Record(CommandCache commands, Dictionary<string, string> oldNodeOfClaim, Dictionary<string, string> newNodeOfClaim)
    {
        var newIds = newNodeOfClaim.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var id in newIds) commands.Execute("DELETE FROM former_ids WHERE old_id = $p0", id);
        foreach (var group in oldNodeOfClaim.GroupBy(p => p.Value, StringComparer.Ordinal))
        {
            if (newIds.Contains(group.Key)) continue;
            var successor = group
                .Select(p => newNodeOfClaim.GetValueOrDefault(p.Key))
                .OfType<string>()
                .GroupBy(id => id, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (successor is null) continue;
            commands.Execute("UPDATE former_ids SET current_id = $p0 WHERE current_id = $p1", successor, group.Key);
            commands.Execute("INSERT OR REPLACE INTO former_ids (old_id, current_id) VALUES ($p0, $p1)", group.Key, successor);
        }
    }
}
