using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

/// <summary>The entity mentions the two seed articles yield, spelled as each article spells them.</summary>
internal static class SeedMentions
{
    public static readonly EntityMention AjSoleimani = Mention(AlJazeera, "soleimani", EntityKind.Person, "Qassem Soleimani",
        description: "Iran's elite Quds Force commander");
    public static readonly EntityMention NdtvSoleimani = Mention(Ndtv, "soleimani", EntityKind.Person, "Qasem Soleimani",
        description: "top Iranian commander");
    public static readonly EntityMention AjMuhandis = Mention(AlJazeera, "muhandis", EntityKind.Person, "Abu Mahdi al-Muhandis",
        description: "deputy of Iraq's Hashd al-Shaabi");
    public static readonly EntityMention AjFuad = Mention(AlJazeera, "fuad", EntityKind.Person, "Fuad Hassan",
        description: "Iraq's Foreign Minister");
    public static readonly EntityMention NdtvFuad = Mention(Ndtv, "fuad", EntityKind.Person, "Fuad Hussein",
        description: "Foreign Minister");
    public static readonly EntityMention NdtvAraji = Mention(Ndtv, "araji", EntityKind.Person, "Qassem al-Araji",
        description: "Iraq's national security advisor");
    public static readonly EntityMention AjIsil = Mention(AlJazeera, "isil", EntityKind.Organization, "ISIL (ISIS)");
    public static readonly EntityMention NdtvIsis = Mention(Ndtv, "isis", EntityKind.Organization, "ISIS");
    public static readonly EntityMention NdtvIslamicState = Mention(Ndtv, "islamic-state", EntityKind.Organization, "Islamic State group",
        sameAs: ["ISIS"]);
    public static readonly EntityMention AjIraq = Mention(AlJazeera, "iraq", EntityKind.Place, "Iraq");
    public static readonly EntityMention NdtvIraq = Mention(Ndtv, "iraq", EntityKind.Place, "Iraq");

    public static IReadOnlyList<EntityMention> All { get; } =
    [
        AjSoleimani, NdtvSoleimani, AjMuhandis, AjFuad, NdtvFuad, NdtvAraji, AjIsil, NdtvIsis, NdtvIslamicState, AjIraq, NdtvIraq,
    ];
}
