using Timeline.Domain.Resolution;
using Timeline.Domain.Time;
using Xunit;
using static Timeline.Domain.Tests.Resolution.Claims;
using static Timeline.Domain.Tests.Resolution.SeedReports;

namespace Timeline.Domain.Tests.Resolution;

public sealed class EventMergerTests
{
    private static MergedEvent EventOf(IReadOnlyList<MergedEvent> events, EventReport report) =>
        events.Single(e => e.ReportIds.Contains(report.ReportId));

    [Fact]
    public void The_seed_articles_report_five_events_of_which_four_in_both()
    {
        var events = EventMerger.Merge([.. All]);

        Assert.Equal(5, events.Count);
        Assert.All(events, e => Assert.Empty(e.Conflicts));
        Assert.Equal([AjStrike.ReportId, NdtvStrike.ReportId], EventOf(events, AjStrike).ReportIds);
        Assert.Equal([AjVote.ReportId, NdtvVote.ReportId], EventOf(events, AjVote).ReportIds);
        Assert.Equal([AjDrawdown.ReportId, NdtvDrawdown.ReportId], EventOf(events, AjDrawdown).ReportIds);
        Assert.Equal([AjDialogue.ReportId, NdtvDialogue.ReportId], EventOf(events, AjDialogue).ReportIds);
        Assert.Equal([AjFirstDialogue.ReportId], EventOf(events, AjFirstDialogue).ReportIds);
    }

    [Fact]
    public void The_strike_keeps_its_shared_month_place_and_all_participants()
    {
        var strike = EventOf(EventMerger.Merge([AjStrike, NdtvStrike]), AjStrike);

        Assert.Equal("strike", strike.Type);
        Assert.Equal(AjStrike.When, strike.When);
        Assert.Equal(Baghdad, strike.PlaceEntityId);
        Assert.Equal([Muhandis, Trump, Soleimani, UnitedStates], strike.ParticipantEntityIds);
        // One report each: the tie goes to the ordinally smaller title.
        Assert.Equal("Trump orders the assassination of Qasem Soleimani in Baghdad", strike.Title);
    }

    [Fact]
    public void The_vote_takes_the_day_one_source_gives_within_the_month_the_other_gives()
    {
        var vote = EventOf(EventMerger.Merge([AjVote, NdtvVote]), AjVote);

        Assert.Equal("2020-01-05", vote.When.Value);
        Assert.Equal(DatePrecision.Day, vote.When.Precision);
    }

    [Fact]
    public void The_drawdown_takes_the_day_within_the_months_range()
    {
        var drawdown = EventOf(EventMerger.Merge([AjDrawdown, NdtvDrawdown]), AjDrawdown);

        Assert.Equal("2021-01-15", drawdown.When.Value);
        Assert.Equal(Iraq, drawdown.PlaceEntityId);
    }

    [Fact]
    public void The_dialogue_merges_on_shared_participants_although_the_ministers_name_was_not_resolved_to_one_entity()
    {
        var dialogue = EventOf(EventMerger.Merge([AjDialogue, NdtvDialogue]), AjDialogue);

        Assert.Equal([Blinken, FuadHassan, FuadHussein, Iraq, UnitedStates], dialogue.ParticipantEntityIds);
        Assert.Equal("2021-04-07", dialogue.When.Value);
        Assert.Null(dialogue.PlaceEntityId);
    }

    [Fact]
    public void A_date_disagreement_gives_one_event_with_both_dates_and_their_reports()
    {
        var misdated = NdtvDialogue with { When = Day("2021-04-08") };

        var events = EventMerger.Merge([AjDialogue, misdated]);

        var dialogue = Assert.Single(events);
        Assert.Equal([AjDialogue.ReportId, misdated.ReportId], dialogue.ReportIds);
        var conflict = Assert.Single(dialogue.Conflicts);
        Assert.Equal("when", conflict.Field);
        Assert.Equal(
            [("2021-04-07", AjDialogue.ReportId), ("2021-04-08", misdated.ReportId)],
            conflict.Values.Select(v => (v.Value, Assert.Single(v.ReportIds))));
        // One report each: the earlier date is shown.
        Assert.Equal("2021-04-07", dialogue.When.Value);
    }

    [Fact]
    public void The_date_most_reports_agree_on_is_shown_and_the_dissent_kept()
    {
        var day = Report("reuters", "dialogue", "dialogue", "Strategic dialogue", Day("2021-04-07"), null, UnitedStates, Iraq);
        var misdated = NdtvDialogue with { When = Day("2021-04-09") };

        var dialogue = Assert.Single(EventMerger.Merge([AjDialogue, misdated, day]));

        Assert.Equal("2021-04-07", dialogue.When.Value);
        var conflict = Assert.Single(dialogue.Conflicts);
        Assert.Equal([AjDialogue.ReportId, day.ReportId], conflict.Values.Single(v => v.Value == "2021-04-07").ReportIds);
    }

    [Fact]
    public void Reports_far_apart_with_the_same_participants_are_separate_events()
    {
        var later = NdtvDialogue with { When = Day("2021-07-23") };

        var events = EventMerger.Merge([AjDialogue, later]);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Empty(e.Conflicts));
    }

    [Fact]
    public void Different_participants_on_different_days_are_separate_events_not_a_conflict()
    {
        var other = Report(Ndtv, "strike", "strike", "Strike on Kataib Hezbollah", Day("2020-01-05"), null, UnitedStates, "organization-kataib-hezbollah");
        var strike = AjStrike with { When = Day("2020-01-03") };

        var events = EventMerger.Merge([strike, other]);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Empty(e.Conflicts));
    }

    [Fact]
    public void Different_days_at_different_places_are_separate_events_not_a_conflict()
    {
        var here = AjStrike with { When = Day("2020-01-03"), PlaceEntityId = Baghdad };
        var there = NdtvStrike with { When = Day("2020-01-05"), PlaceEntityId = "place-erbil", ParticipantEntityIds = AjStrike.ParticipantEntityIds };

        var events = EventMerger.Merge([here, there]);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Empty(e.Conflicts));
    }

    [Fact]
    public void An_article_reporting_both_days_makes_them_two_events()
    {
        var first = AjDialogue;
        var second = AjDialogue with { ReportId = AlJazeera + "#dialogue-next", When = Day("2021-04-09") };
        var other = NdtvDialogue with { When = Day("2021-04-09") };

        var events = EventMerger.Merge([first, second, other]);

        Assert.Equal(2, events.Count);
        Assert.Equal([second.ReportId, other.ReportId], events.Single(e => e.ReportIds.Count == 2).ReportIds);
        Assert.All(events, e => Assert.Empty(e.Conflicts));
    }

    [Fact]
    public void Different_places_for_one_event_are_kept_as_a_conflict()
    {
        var atAirport = AjStrike with { PlaceEntityId = BaghdadAirport };

        var strike = Assert.Single(EventMerger.Merge([atAirport, NdtvStrike]));

        var conflict = Assert.Single(strike.Conflicts);
        Assert.Equal("place", conflict.Field);
        Assert.Equal([Baghdad, BaghdadAirport], conflict.Values.Select(v => v.Value));
        Assert.Equal([NdtvStrike.ReportId], conflict.Values[0].ReportIds);
        Assert.Equal(Baghdad, strike.PlaceEntityId);
    }

    [Fact]
    public void A_contradicting_role_is_kept_as_a_conflict_but_the_generic_role_contradicts_nothing()
    {
        var target = AjStrike with { ParticipantRoles = new Dictionary<string, string> { [Soleimani] = "target", [UnitedStates] = "agent" } };
        var agent = NdtvStrike with { ParticipantRoles = new Dictionary<string, string> { [Soleimani] = "agent", [Trump] = "participant" } };
        var generic = Report("reuters", "strike", "strike", "Drone strike", Day("2020-01-03"), Baghdad, Soleimani) with
        {
            ParticipantRoles = new Dictionary<string, string> { [Soleimani] = "participant" },
        };

        var strike = Assert.Single(EventMerger.Merge([target, agent, generic]));

        var conflict = Assert.Single(strike.Conflicts);
        Assert.Equal("role:" + Soleimani, conflict.Field);
        Assert.Equal([("agent", NdtvStrike.ReportId), ("target", AjStrike.ReportId)], conflict.Values.Select(v => (v.Value, Assert.Single(v.ReportIds))));
    }

    [Fact]
    public void Reports_of_one_article_never_merge_with_each_other()
    {
        var second = Report(AlJazeera, "strike-2", "strike", "Second strike", Month("2020-01"), Baghdad, UnitedStates);

        Assert.Equal(2, EventMerger.Merge([AjStrike, second]).Count);
    }

    [Fact]
    public void Reports_of_different_types_never_merge()
    {
        var vote = AjVote with { ReportId = Ndtv + "#vote", ArticleId = Ndtv, ParticipantEntityIds = [UnitedStates, Soleimani] };

        Assert.Equal(2, EventMerger.Merge([AjStrike, vote]).Count);
    }

    [Fact]
    public void Reports_sharing_neither_participant_nor_place_never_merge()
    {
        var unrelated = NdtvStrike with { PlaceEntityId = null, ParticipantEntityIds = ["person-someone-else"] };

        Assert.Equal(2, EventMerger.Merge([AjStrike, unrelated]).Count);
    }

    [Fact]
    public void A_report_that_fits_only_part_of_a_merged_time_becomes_a_disputed_date()
    {
        var month = Report("a", "s", "strike", "Strike", Month("2020-01"), Baghdad, Soleimani);
        var third = Report("b", "s", "strike", "Strike", Day("2020-01-03"), Baghdad, Soleimani);
        var fifth = Report("c", "s", "strike", "Strike", Day("2020-01-05"), Baghdad, Soleimani);

        var strike = Assert.Single(EventMerger.Merge([fifth, third, month]));

        Assert.Equal("2020-01-03", strike.When.Value);
        var conflict = Assert.Single(strike.Conflicts);
        Assert.Equal([("2020-01-03", 2), ("2020-01-05", 1)], conflict.Values.Select(v => (v.Value, v.ReportIds.Count)));
    }

    [Fact]
    public void The_event_id_derives_from_the_smallest_report_id_and_survives_a_later_report()
    {
        var alone = Assert.Single(EventMerger.Merge([AjStrike]));
        var merged = Assert.Single(EventMerger.Merge([NdtvStrike, AjStrike]));

        Assert.Equal(EventIds.ForReport(AjStrike.ReportId), alone.Id);
        Assert.Equal(alone.Id, merged.Id);
        Assert.Contains(EventIds.ForReport(NdtvStrike.ReportId), merged.KnownIds);
    }

    [Fact]
    public void Tags_and_summaries_are_combined_deterministically()
    {
        var a = AjVote with { Tags = ["withdrawal", "parliament"], Summary = "Parliament votes." };
        var b = NdtvVote with { Tags = ["withdrawal", "iraq"], Summary = "Lawmakers vote." };

        var vote = Assert.Single(EventMerger.Merge([b, a]));

        Assert.Equal(["iraq", "parliament", "withdrawal"], vote.Tags);
        Assert.Equal("Lawmakers vote.", vote.Summary);
    }

    [Fact]
    public void Duplicate_report_ids_are_rejected_with_the_id()
    {
        var error = Assert.Throws<ArgumentException>(() => EventMerger.Merge([AjStrike, AjStrike with { Title = "x" }]));

        Assert.Contains(AjStrike.ReportId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_ending_before_it_starts_is_rejected_with_the_report()
    {
        var broken = AjStrike with { When = new TimePoint("2020-01", DatePrecision.Month, new DateOnly(2020, 1, 31), new DateOnly(2020, 1, 1)) };

        var error = Assert.Throws<ArgumentException>(() => EventMerger.Merge([broken]));

        Assert.Contains(AjStrike.ReportId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_giving_one_date_that_each_dispute_a_third_make_one_version_of_that_date()
    {
        // x and y share no participant, so they do not agree; each shares half its participants with z, four days later.
        var x = Report("a1", "e", "talks", "Talks", Day("2020-01-05"), null, "us", "aide");
        var y = Report("a2", "e", "talks", "Talks", Day("2020-01-05"), null, "soleimani", "envoy");
        var z = Report("a3", "e", "talks", "Talks", Day("2020-01-09"), null, "us", "soleimani");

        var merged = Assert.Single(EventMerger.Merge([x, y, z]));

        Assert.Equal("2020-01-05", merged.When.Value);
        var when = Assert.Single(merged.Conflicts, c => c.Field == "when");
        Assert.Equal(["2020-01-05", "2020-01-09"], when.Values.Select(v => v.Value));
        Assert.Equal(["a1#e", "a2#e"], when.Values[0].ReportIds);
    }
}
