using System.Text;
using Timeline.Ingestion.Samples;
using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class ArticleFactsValidatorTests
{
    private const string Minimal = """
        {"formatVersion": 1, "article": {"id": "a", "title": "t", "published": "2021-04-07"},
         "entities": [{"key": "iraq", "kind": "place", "name": "Iraq", "quote": "Iraq"}]}
        """;

    [Fact]
    public void A_valid_document_is_mapped_to_the_model()
    {
        var result = ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(Minimal));

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal("Iraq", Assert.Single(result.Document.Entities).Name);
        Assert.Empty(result.Document.Events);
        Assert.Empty(result.Document.Relations);
        Assert.Null(result.Document.Article.Url);
    }

    [Fact]
    public void Unknown_property_names_are_escaped_in_the_pointer()
    {
        var json = Minimal.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"a/b~c\": 0,", StringComparison.Ordinal);

        var error = Assert.Single(ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(json)).Errors);

        Assert.Equal("/a~1b~0c", error.Pointer);
        Assert.Equal(ValidationErrorKind.Structure, error.Kind);
    }

    [Fact]
    public void Malformed_JSON_is_reported_with_line_byte_and_the_place_reached()
    {
        var json = "{\n  \"formatVersion\": 1,\n  \"article\": {\"id\": \"a\", \"title\": tru}\n}";

        var error = Assert.Single(ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(json)).Errors);

        Assert.Equal("/article/title", error.Pointer);
        Assert.Equal(ValidationErrorKind.Syntax, error.Kind);
        Assert.StartsWith("malformed JSON at line 3, byte 38 of the line:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_any_valid_document_is_a_syntax_error_not_a_stack_overflow()
    {
        var json = "{\"formatVersion\": 1, \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        var error = Assert.Single(ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(json)).Errors);

        Assert.Equal(ValidationErrorKind.Syntax, error.Kind);
        Assert.StartsWith("/x/0/0/0", error.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_is_checked_before_parsing()
    {
        var garbage = new byte[2048];

        var error = Assert.Single(ArticleFactsValidator.Validate(garbage, new ValidationOptions { MaxDocumentBytes = 1024 }).Errors);

        Assert.Equal(ValidationErrorKind.Size, error.Kind);
        Assert.Equal("", error.Pointer);
        Assert.Contains("2,048 bytes, over the limit of 1,024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_refuse_meaningless_limits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { PublicationDateToleranceDays = -1 });
    }

    [Theory]
    [InlineData("2021-04-08", true)]
    [InlineData("2021-04-09", false)]
    public void A_publication_date_may_lie_a_day_ahead_of_today_and_no_more(string published, bool valid)
    {
        var json = Minimal.Replace("2021-04-07", published, StringComparison.Ordinal);
        var options = new ValidationOptions { Today = new DateOnly(2021, 4, 7) };

        Assert.Equal(valid, ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(json), options).IsValid);
        Assert.True(ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(json)).IsValid);
    }

    [Fact]
    public void The_structural_entry_point_ignores_semantic_errors()
    {
        var json = Minimal.Replace("\"entities\": [{\"key\": \"iraq\", \"kind\": \"place\", \"name\": \"Iraq\", \"quote\": \"Iraq\"}]", "\"entities\": []", StringComparison.Ordinal);

        Assert.Empty(ArticleFactsValidator.ValidateStructure(Encoding.UTF8.GetBytes(json)));
        Assert.False(ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(json)).IsValid);
    }

    [Fact]
    public async Task A_stream_is_validated_like_bytes()
    {
        using var stream = new MemoryStream(SampleDocuments.Get(SampleDocuments.NdtvAfp).Utf8.ToArray());

        var result = await ArticleFactsValidator.ValidateAsync(stream, null, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal("2021-04-08", result.Document.Article.Published);
    }

    [Fact]
    public async Task An_oversized_stream_is_refused_without_reading_it_whole()
    {
        using var stream = new EndlessStream();

        var result = await ArticleFactsValidator.ValidateAsync(stream, new ValidationOptions { MaxDocumentBytes = 100_000 }, TestContext.Current.CancellationToken);

        Assert.Equal(ValidationErrorKind.Size, Assert.Single(result.Errors).Kind);
        Assert.True(stream.BytesRead < 300_000);
    }

    [Fact]
    public async Task Reading_a_stream_stops_when_cancelled()
    {
        using var stream = new EndlessStream();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArticleFactsValidator.ValidateAsync(stream, null, cancellation.Token));
    }

    /// <summary>A stream of spaces that never ends and cannot seek, like a slow upload.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Span.Fill((byte)' ');
            BytesRead += buffer.Length;
            return ValueTask.FromResult(buffer.Length);
        }

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
