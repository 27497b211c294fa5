using FsCheck;
using FsCheck.Fluent;
using Timeline.Domain.Resolution;
using Xunit;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

/// <summary>The canonical graph is a function of the set of claims: any arrival order gives identical output.</summary>
public sealed class OrderIndependenceProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Shuffled_mentions_and_overrides_resolve_to_identical_entities_and_candidates()
    {
        var input = ClaimGenerators.MentionsWithOverrides().Zip(Gen.Choose(0, int.MaxValue - 1)).ToArbitrary();

        Check.One(Runs, Prop.ForAll(input, pair =>
        {
            var ((mentions, overrides), seed) = pair;
            var expected = Render(EntityResolver.Resolve(mentions, overrides));
            var shuffledOverrides = new ResolutionOverrides(
                ClaimGenerators.Shuffled(overrides.ConfirmedSame.Select(p => (p.MentionB, p.MentionA)), seed),
                ClaimGenerators.Shuffled(overrides.ConfirmedDifferent, seed + 1));
            var actual = Render(EntityResolver.Resolve(ClaimGenerators.Shuffled(mentions, seed), shuffledOverrides));
            return expected == actual;
        }));
    }

    [Fact]
    public void Every_mention_lands_in_exactly_one_entity_of_its_own_kind_with_a_unique_id()
    {
        Check.One(Runs, Prop.ForAll(ClaimGenerators.MentionsWithOverrides().ToArbitrary(), input =>
        {
            var (mentions, overrides) = input;
            var entities = EntityResolver.Resolve(mentions, overrides).Entities;
            var placed = entities.SelectMany(e => e.MentionIds).Order(StringComparer.Ordinal);
            var kinds = mentions.ToDictionary(m => m.MentionId, m => m.Kind);
            return placed.SequenceEqual(mentions.Select(m => m.MentionId).Order(StringComparer.Ordinal))
                && entities.All(e => e.MentionIds.All(id => kinds[id] == e.Kind))
                && entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() == entities.Count;
        }));
    }

    [Fact]
    public void Mentions_confirmed_different_never_share_an_entity()
    {
        Check.One(Runs, Prop.ForAll(ClaimGenerators.MentionsWithOverrides().ToArbitrary(), input =>
        {
            var (mentions, overrides) = input;
            var entityOf = EntityResolver.Resolve(mentions, overrides).Entities
                .SelectMany(e => e.MentionIds.Select(m => (m, e.Id))).ToDictionary(x => x.m, x => x.Id);
            return overrides.ConfirmedDifferent.All(p => entityOf[p.MentionA] != entityOf[p.MentionB]);
        }));
    }

    [Fact]
    public void Shuffled_reports_merge_to_identical_events()
    {
        var input = ClaimGenerators.Reports().Zip(Gen.Choose(0, int.MaxValue - 1)).ToArbitrary();

        Check.One(Runs, Prop.ForAll(input, pair =>
        {
            var (reports, seed) = pair;
            return Render(EventMerger.Merge(reports)) == Render(EventMerger.Merge(ClaimGenerators.Shuffled(reports, seed)));
        }));
    }

    [Fact]
    public void Every_report_lands_in_exactly_one_event_and_no_event_holds_two_reports_of_one_article()
    {
        Check.One(Runs, Prop.ForAll(ClaimGenerators.Reports().ToArbitrary(), reports =>
        {
            var events = EventMerger.Merge(reports);
            var byId = reports.ToDictionary(r => r.ReportId);
            return events.SelectMany(e => e.ReportIds).Order(StringComparer.Ordinal)
                    .SequenceEqual(reports.Select(r => r.ReportId).Order(StringComparer.Ordinal))
                && events.All(e => e.ReportIds.Select(id => byId[id].ArticleId).Distinct(StringComparer.Ordinal).Count() == e.ReportIds.Count)
                && events.All(e => e.ReportIds.All(id => byId[id].Type == e.Type))
                && events.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() == events.Count;
        }));
    }
}
