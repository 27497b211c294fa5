using Xunit;

namespace Timeline.Worker.Tests;

public sealed class InboxScannerTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    [Fact]
    public void Only_json_files_that_kept_their_size_for_the_settle_time_are_ready_in_name_order()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock();
        var scanner = new InboxScanner(folder.Path, Settle, clock);
        File.WriteAllText(folder.Combine("b.json"), "{}");
        File.WriteAllText(folder.Combine("a.json"), "{}");
        File.WriteAllText(folder.Combine("c.json.tmp"), "{}");
        File.WriteAllText(folder.Combine("d.json.part"), "{}");
        File.WriteAllText(folder.Combine("notes.txt"), "{}");

        var first = scanner.Next();
        Assert.Empty(first.Ready);
        Assert.Equal(2, first.Settling);

        clock.Advance(Settle);
        var second = scanner.Next();
        Assert.Equal([folder.Combine("a.json"), folder.Combine("b.json")], second.Ready);
        Assert.Equal(0, second.Settling);
    }

    [Fact]
    public void A_file_still_growing_waits_until_its_size_stops_changing()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock();
        var scanner = new InboxScanner(folder.Path, Settle, clock);
        var path = folder.Combine("growing.json");
        File.WriteAllText(path, "{\"formatVersion\":");
        scanner.Next();
        clock.Advance(Settle);

        File.AppendAllText(path, " 1}");
        var changed = scanner.Next();
        Assert.Empty(changed.Ready);
        Assert.Equal(1, changed.Settling);

        clock.Advance(Settle);
        Assert.Equal([path], scanner.Next().Ready);
    }

    [Fact]
    public void A_missing_inbox_lists_nothing()
    {
        using var folder = new TempFolder();
        var scanner = new InboxScanner(folder.Combine("absent"), Settle, new ManualClock());

        var scan = scanner.Next();

        Assert.Empty(scan.Ready);
        Assert.Equal(0, scan.Settling);
    }
}
