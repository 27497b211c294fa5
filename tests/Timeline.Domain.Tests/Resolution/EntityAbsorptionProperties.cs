using FsCheck;
using FsCheck.Fluent;
using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Xunit;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

/// <summary>Absorbing mentions into an entity gives what resolving its members and the mentions together gives, or declines.</summary>
public sealed class EntityAbsorptionProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(1000);

    private static readonly string[] Names =
        ["Qassem Soleimani", "Qasem Soleimani", "Ghasem Soleimani", "Qasem Soleimani (Haj Qasem)", "Soleimani", "Haj Qasem", "(Haj Qasem)"];

    private static readonly string?[] Descriptions = [null, null, "Iranian general", "Quds Force commander", " "];

    private static Gen<EntityMention> Mention(string article, bool withIds) =>
        from local in Gen.Choose(0, 3)
        from name in Gen.Elements(Names)
        from alias in Gen.Elements(Names)
        from withAlias in Gen.Elements(false, true)
        from ids in withIds ? Gen.Elements<(string, string)[]>([], [], [], [("wikidata", "Q1")], [("wikidata", "Q2")], [("viaf", "7")]) : Gen.Constant<(string, string)[]>([])
        from sameAs in withIds ? Gen.Elements<string[]>([], [], ["Haj Qasem"]) : Gen.Constant<string[]>([])
        from description in Gen.Elements(Descriptions)
        select Claims.Mention(article, "m" + local, EntityKind.Person, name, withAlias ? [alias] : [], ids, sameAs, description);

    private static Gen<List<EntityMention>> Mentions(string[] articles, bool withIds) =>
        Gen.Elements(articles).SelectMany(a => Mention(a, withIds)).ListOf().Select(l => l.DistinctBy(m => m.MentionId).ToList());

    [Fact]
    public void Absorbing_equals_resolving_the_members_and_the_joining_mentions_together()
    {
        var input = (from members in Mentions(["a1", "a2", "a3"], withIds: true)
                     from joining in Mentions(["n1", "n2"], withIds: false)
                     from joiningWithIds in Mentions(["n3"], withIds: true)
                     from withIds in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
                     select (members, joining.Concat(joiningWithIds.Take(withIds ? 1 : 0)).ToList())).ToArbitrary();
        var absorbed = 0;

        Check.One(Runs, Prop.ForAll(input, pair =>
        {
            var (members, joining) = pair;
            var before = EntityResolver.Resolve(members, ResolutionOverrides.None).Entities;
            // The caller's part: one entity, and every joining mention shares a key with it.
            if (before.Count != 1 || joining.Count == 0 || joining.Any(m => !EntityKeys.For(m).Intersect(before[0].Keys).Any()))
            {
                return true;
            }

            var entity = before[0];
            var result = EntityAbsorption.Absorb(entity,
                Tally(members.Select(m => m.Name)), Tally(members.Select(m => m.Description).OfType<string>()), joining);
            if (result is null)
            {
                return true;
            }

            absorbed++;
            var after = EntityResolver.Resolve([.. members, .. joining], ResolutionOverrides.None).Entities;
            return after.Count == 1 && Render(after[0]) == Render(result);
        }));

        Assert.True(absorbed > 50, $"only {absorbed} cases absorbed: the generator should make absorbing common");
    }

    [Fact]
    public void A_joining_mention_with_an_external_id_or_two_ids_of_one_scheme_on_the_entity_is_declined()
    {
        var members = new[]
        {
            Claims.Mention("a1", "m1", EntityKind.Person, "Qasem Soleimani", ids: [("wikidata", "Q1")]),
            Claims.Mention("a2", "m1", EntityKind.Person, "Qasem Soleimani", ids: [("wikidata", "Q1")]),
            Claims.Mention("a3", "m1", EntityKind.Person, "Qasem Soleimani", ids: [("wikidata", "Q1"), ("viaf", "7")]),
        };
        var entity = EntityResolver.Resolve(members, ResolutionOverrides.None).Entities.Single();
        var names = Tally(members.Select(m => m.Name));
        var none = Tally([]);

        Assert.NotNull(EntityAbsorption.Absorb(entity, names, none, [Claims.Mention("n1", "m1", EntityKind.Person, "Qassem Soleimani")]));
        Assert.Null(EntityAbsorption.Absorb(entity, names, none, [Claims.Mention("n1", "m1", EntityKind.Person, "Qasem Soleimani", ids: [("wikidata", "Q1")])]));
        Assert.Null(EntityAbsorption.Absorb(entity, names, none, [Claims.Mention("n1", "m1", EntityKind.Place, "Qasem Soleimani")]));
        var twoIds = entity with { Keys = [.. entity.Keys, "wikidata:Q2"] };
        Assert.Null(EntityAbsorption.Absorb(twoIds, names, none, [Claims.Mention("n1", "m1", EntityKind.Person, "Qassem Soleimani")]));
    }

    private static Dictionary<string, int> Tally(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
