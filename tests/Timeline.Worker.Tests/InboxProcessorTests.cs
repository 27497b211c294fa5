using System.Text.Json;
using Timeline.Hosting.Inbox;
using Timeline.Ingestion.Pipeline;
using Xunit;

namespace Timeline.Worker.Tests;

public sealed class InboxProcessorTests
{
    private static readonly IReadOnlyList<GeneratedDocument> Documents = GeneratedDocuments.Create(valid: 8, invalid: 5);

    private static GeneratedDocument FirstValid => Documents.First(d => d.Valid);

    [Fact]
    public async Task A_valid_document_is_stored_and_moved_to_processed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ProcessorFixture.CreateAsync(ct);
        var path = fixture.Drop(FirstValid);

        var result = await fixture.Processor.ProcessAsync(path, ct);

        Assert.NotNull(result);
        Assert.Equal(IngestReportStatus.Created, result.Report.Status);
        Assert.Equal(Path.Combine(fixture.Paths.Processed, FirstValid.FileName), result.DestinationPath);
        Assert.False(File.Exists(path));
        Assert.Equal(FirstValid.Utf8, await File.ReadAllBytesAsync(result.DestinationPath, ct));
        Assert.Equal(1, (await fixture.Store.CountAsync(ct)).Articles);
    }

    [Fact]
    public async Task Each_invalid_document_goes_to_failed_with_its_pointers_and_the_store_is_untouched()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ProcessorFixture.CreateAsync(ct);
        await fixture.Processor.ProcessAsync(fixture.Drop(FirstValid), ct);
        var before = await fixture.ExportAsync(ct);
        var invalid = Documents.Where(d => !d.Valid).ToList();
        Assert.Equal(GeneratedDocuments.Defects.Count, invalid.Count);

        for (var i = 0; i < invalid.Count; i++)
        {
            var result = await fixture.Processor.ProcessAsync(fixture.Drop(invalid[i]), ct);

            Assert.NotNull(result);
            Assert.Equal(IngestReportStatus.Rejected, result.Report.Status);
            Assert.Equal(Path.Combine(fixture.Paths.Failed, invalid[i].FileName), result.DestinationPath);
            var reportPath = Path.Combine(fixture.Paths.Failed, Path.GetFileNameWithoutExtension(invalid[i].FileName) + ".error.json");
            Assert.Equal(reportPath, result.ErrorReportPath);
            using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(reportPath, ct));
            Assert.Equal(invalid[i].FileName, report.RootElement.GetProperty("document").GetString());
            var errors = report.RootElement.GetProperty("errors").EnumerateArray().ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
            var pointers = errors.Select(e => e.GetProperty("pointer").GetString()).ToList();
            if (GeneratedDocuments.Defects[i].Pointer is { } expected) Assert.Contains(expected, pointers);
        }

        Assert.Equal(before, await fixture.ExportAsync(ct));
        Assert.Empty(InboxState.Read(fixture.Paths).Waiting);
    }

    [Fact]
    public async Task A_document_committed_just_before_a_crash_is_unchanged_and_ends_in_processed_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ProcessorFixture.CreateAsync(ct);
        var path = fixture.Drop(FirstValid);
        // The crash: the store committed, the process died before the file was moved.
        Assert.Equal(IngestReportStatus.Created, (await fixture.Pipeline.IngestAsync(FirstValid.Utf8, ct)).Status);
        var committed = await fixture.ExportAsync(ct);

        var result = await fixture.Processor.ProcessAsync(path, ct);

        Assert.NotNull(result);
        Assert.Equal(IngestReportStatus.Unchanged, result.Report.Status);
        Assert.Equal([FirstValid.FileName], InboxState.Read(fixture.Paths).Processed);
        Assert.Equal(committed, await fixture.ExportAsync(ct));
    }

    [Fact]
    public async Task A_name_taken_in_processed_gets_a_numeric_suffix_instead_of_being_overwritten()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ProcessorFixture.CreateAsync(ct);
        var earlier = Path.Combine(fixture.Paths.Processed, FirstValid.FileName);
        await File.WriteAllTextAsync(earlier, "an earlier delivery", ct);
        await File.WriteAllTextAsync(Path.Combine(fixture.Paths.Processed, "doc-000-1.json"), "another one", ct);

        var result = await fixture.Processor.ProcessAsync(fixture.Drop(FirstValid), ct);

        Assert.NotNull(result);
        Assert.Equal(Path.Combine(fixture.Paths.Processed, "doc-000-2.json"), result.DestinationPath);
        Assert.Equal("an earlier delivery", await File.ReadAllTextAsync(earlier, ct));
    }

    [Fact]
    public async Task A_name_taken_in_failed_moves_the_document_and_its_report_to_a_suffixed_pair()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ProcessorFixture.CreateAsync(ct);
        var invalid = Documents.First(d => !d.Valid);
        var stem = Path.GetFileNameWithoutExtension(invalid.FileName);
        await fixture.Processor.ProcessAsync(fixture.Drop(invalid), ct);

        var second = await fixture.Processor.ProcessAsync(fixture.Drop(invalid), ct);

        Assert.NotNull(second);
        Assert.Equal(Path.Combine(fixture.Paths.Failed, stem + "-1.json"), second.DestinationPath);
        Assert.Equal(Path.Combine(fixture.Paths.Failed, stem + "-1.error.json"), second.ErrorReportPath);
        var state = InboxState.Read(fixture.Paths);
        Assert.Equal(new[] { invalid.FileName, stem + "-1.json" }.Order(StringComparer.Ordinal), state.Failed);
        Assert.Equal(new[] { stem + ".error.json", stem + "-1.error.json" }.Order(StringComparer.Ordinal), state.ErrorReports);
    }

    [Fact]
    public async Task A_file_gone_before_it_is_read_is_skipped()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ProcessorFixture.CreateAsync(ct);

        var result = await fixture.Processor.ProcessAsync(Path.Combine(fixture.Paths.Inbox, "gone.json"), ct);

        Assert.Null(result);
        Assert.Equal(0, (await fixture.Store.CountAsync(ct)).Articles);
    }

    [Fact]
    public async Task Retrying_the_failed_documents_puts_them_back_in_the_inbox_without_their_reports()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ProcessorFixture.CreateAsync(ct);
        foreach (var document in Documents.Where(d => !d.Valid)) await fixture.Processor.ProcessAsync(fixture.Drop(document), ct);

        var moved = FailedDocuments.RetryAll(fixture.Paths, ct);

        var state = InboxState.Read(fixture.Paths);
        Assert.Equal(5, moved);
        Assert.Equal(Documents.Where(d => !d.Valid).Select(d => d.FileName), state.Waiting);
        Assert.Empty(state.Failed);
        Assert.Empty(state.ErrorReports);
    }
}
