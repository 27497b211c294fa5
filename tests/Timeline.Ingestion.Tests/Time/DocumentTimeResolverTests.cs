using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;
using Timeline.Ingestion.Time;
using Xunit;

namespace Timeline.Ingestion.Tests.Time;

public sealed class DocumentTimeResolverTests
{
    private static readonly DateOnly Published = new(2021, 4, 7);

    [Fact]
    public void Anchors_are_resolved_before_the_events_that_name_them_whatever_the_order()
    {
        var document = Document(
            [
                Event("parliament-vote", new TimeExpression { Text = "Days after that incident", Anchor = "soleimani-killing" }),
                Event("soleimani-killing", new TimeExpression { Text = "in January 2020" }),
                Event("strategic-dialogue", new TimeExpression { Text = "on Wednesday" }),
            ],
            [Relation(new TimeExpression { Text = "the following day", Anchor = "parliament-vote" }, end: new TimeExpression { Text = "in June" })]);

        var times = DocumentTimeResolver.Resolve(document, Published);

        Assert.Empty(times.Failures);
        ExpectedTime.Matches(times.Event(0), "2020-01-02/2020-02-10", DatePrecision.Day, "2020-01-02", "2020-02-10");
        ExpectedTime.Matches(times.Event(1), "2020-01", DatePrecision.Month, "2020-01-01", "2020-01-31");
        ExpectedTime.Matches(times.Event(2), "2021-04-07", DatePrecision.Day, "2021-04-07", "2021-04-07");
        ExpectedTime.Matches(times.RelationStart(0)!, "2020-01-03/2020-02-11", DatePrecision.Day, "2020-01-03", "2020-02-11");
        ExpectedTime.Matches(times.RelationEnd(0)!, "2020-06", DatePrecision.Month, "2020-06-01", "2020-06-30");
        Assert.Equal(["parliament-vote", "soleimani-killing", "strategic-dialogue"], times.EventTimes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Days after that incident", times.EventTimes["parliament-vote"].Text);
    }

    [Fact]
    public void An_anchor_cycle_fails_each_event_in_it_and_those_anchored_on_them()
    {
        var document = Document(
        [
            Event("a", new TimeExpression { Text = "days after", Anchor = "b" }),
            Event("b", new TimeExpression { Text = "days before", Anchor = "a" }),
            Event("c", new TimeExpression { Text = "the following day", Anchor = "a" }),
            Event("d", new TimeExpression { Text = "that day", Anchor = "d" }),
        ]);

        var times = DocumentTimeResolver.Resolve(document, Published);

        ExpectedTime.Fails(times.Event(0), "anchor cycle: a -> b -> a");
        ExpectedTime.Fails(times.Event(1), "anchor cycle: a -> b -> a");
        ExpectedTime.Fails(times.Event(2), "anchor 'a' has no resolved time (see /events/0/when)");
        ExpectedTime.Fails(times.Event(3), "anchor cycle: d -> d");
        Assert.Equal(["/events/0/when", "/events/1/when", "/events/2/when", "/events/3/when"], times.Failures.Select(f => f.Path));
        Assert.Empty(times.EventTimes);
    }

    [Fact]
    public void An_explicit_value_breaks_what_would_otherwise_be_a_cycle()
    {
        var document = Document(
        [
            Event("a", new TimeExpression { Text = "days after", Value = "2020-01-03", Anchor = "b" }),
            Event("b", new TimeExpression { Text = "the day before", Anchor = "a" }),
        ]);

        var times = DocumentTimeResolver.Resolve(document, Published);

        ExpectedTime.Matches(times.Event(0), "2020-01-03", DatePrecision.Day, "2020-01-03", "2020-01-03");
        ExpectedTime.Matches(times.Event(1), "2020-01-02", DatePrecision.Day, "2020-01-02", "2020-01-02");
    }

    [Fact]
    public void Unknown_and_ambiguous_anchors_fail_at_their_paths()
    {
        var document = Document(
            [
                Event("vote", new TimeExpression { Text = "in January 2020" }),
                Event("talks", new TimeExpression { Text = "on Wednesday" }),
                Event("talks", new TimeExpression { Text = "last week" }),
                Event("follow-up", new TimeExpression { Text = "days later", Anchor = "talks" }),
            ],
            [
                Relation(new TimeExpression { Text = "weeks after", Anchor = "iraq" }),
                Relation(new TimeExpression { Value = "2021", Anchor = "missing" }),
            ]);

        var times = DocumentTimeResolver.Resolve(document, Published);

        ExpectedTime.Fails(times.Event(3), "anchor 'talks' is ambiguous: 2 events have that key");
        ExpectedTime.Fails(times.RelationStart(0)!, "anchor 'iraq' names no event of this document");
        ExpectedTime.Fails(times.RelationStart(1)!, "anchor 'missing' names no event of this document");
        Assert.Null(times.RelationEnd(0));
        Assert.True(times.Event(1).Succeeded);
        Assert.Equal(["vote"], times.EventTimes.Keys);
        Assert.Equal(["/events/3/when", "/relations/0/start", "/relations/1/start"], times.Failures.Select(f => f.Path));
    }

    [Fact]
    public void A_failed_publication_relative_anchor_is_named_by_the_events_that_depend_on_it()
    {
        var document = Document(
        [
            Event("term", new TimeExpression { Text = "in his final months in office" }),
            Event("drawdown", new TimeExpression { Text = "weeks later", Anchor = "term" }),
        ]);

        var times = DocumentTimeResolver.Resolve(document, Published);

        ExpectedTime.Fails(times.Event(0), "'in his final months in office' is not a time expression");
        ExpectedTime.Fails(times.Event(1), "anchor 'term' has no resolved time (see /events/0/when)");
    }

    [Fact]
    public void A_long_anchor_chain_resolves_without_deep_recursion()
    {
        const int length = 20_000;
        var slots = new List<TimeSlot>(length);
        for (var i = length - 1; i >= 1; i--)
            slots.Add(new TimeSlot(TimeSlot.EventWhenPath(slots.Count), new TimeExpression { Text = "the following day", Anchor = "e" + (i - 1) }, "e" + i));
        slots.Add(new TimeSlot(TimeSlot.EventWhenPath(slots.Count), new TimeExpression { Value = "2000-01-01" }, "e0"));

        var times = DocumentTimeResolver.Resolve(slots, Published);

        Assert.Empty(times.Failures);
        Assert.Equal(new DateOnly(2000, 1, 1).AddDays(length - 1), times.EventTimes["e" + (length - 1)].Earliest);
    }

    [Theory]
    [InlineData("2021-04-07", true, "")]
    [InlineData("2021-02-30", false, "the publication date '2021-02-30' is not a valid yyyy-MM-dd date")]
    [InlineData("7 April 2021", false, "is not a valid yyyy-MM-dd date")]
    [InlineData(null, false, "the publication date is missing")]
    public void Publication_dates_must_be_full_iso_days(string? text, bool valid, string reason)
    {
        var parsed = PublicationDate.TryParse(text, out var date, out var error);

        Assert.Equal(valid, parsed);
        if (valid)
            Assert.Equal(new DateOnly(2021, 4, 7), date);
        else
            Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    private static ArticleFactsDocument Document(IReadOnlyList<EventFact> events, IReadOnlyList<RelationFact>? relations = null) => new()
    {
        FormatVersion = 1,
        Article = new ArticleMetadata { Id = "test-article", Title = "Test article", Published = "2021-04-07" },
        Events = events,
        Relations = relations ?? [],
    };

    private static EventFact Event(string key, TimeExpression when) => new()
    {
        Key = key,
        Type = "talks",
        Title = key,
        When = when,
        Quote = "quote for " + key,
    };

    private static RelationFact Relation(TimeExpression start, TimeExpression? end = null) => new()
    {
        Type = "followedBy",
        Subject = "a",
        Target = "b",
        Start = start,
        End = end,
        Quote = "relation quote",
    };
}
