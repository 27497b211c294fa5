using Timeline.Domain.Resolution;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

/// <summary>The events both seed articles report, with entity ids as resolution gives them.</summary>
internal static class SeedReports
{
    public const string UnitedStates = "place-united-states";
    public const string Iraq = "place-iraq";
    public const string Baghdad = "place-baghdad";
    public const string BaghdadAirport = "place-baghdad-airport";
    public const string Soleimani = "person-qasem-sulaimani";
    public const string Muhandis = "person-abu-mahdi-muhandis";
    public const string Trump = "person-donald-trump";
    public const string Blinken = "person-antony-blinken";
    public const string FuadHassan = "person-fuad-hasan";
    public const string FuadHussein = "person-fuad-husain";
    public const string IraqiParliament = "organization-iraqi-parliament";

    public static readonly EventReport AjStrike = Report(AlJazeera, "strike", "strike", "US attack near Baghdad airport kills Soleimani and al-Muhandis",
        Month("2020-01"), Baghdad, UnitedStates, Soleimani, Muhandis);
    public static readonly EventReport NdtvStrike = Report(Ndtv, "strike", "strike", "Trump orders the assassination of Qasem Soleimani in Baghdad",
        Month("2020-01"), Baghdad, Trump, Soleimani);

    public static readonly EventReport AjVote = Report(AlJazeera, "vote", "vote", "Iraqi parliament votes for withdrawal of all foreign troops",
        Month("2020-01"), Iraq, IraqiParliament);
    public static readonly EventReport NdtvVote = Report(Ndtv, "vote", "vote", "Iraqi parliament votes to expel US troops",
        Day("2020-01-05"), Iraq, IraqiParliament, UnitedStates);

    public static readonly EventReport AjDrawdown = Report(AlJazeera, "drawdown", "drawdown", "Trump orders drawdown from Iraq",
        MonthRange("2020-11", "2021-01"), Iraq, Trump, UnitedStates);
    public static readonly EventReport NdtvDrawdown = Report(Ndtv, "drawdown", "drawdown", "US troops in Iraq dip to 2,500",
        Day("2021-01-15"), Iraq, UnitedStates);

    public static readonly EventReport AjDialogue = Report(AlJazeera, "dialogue", "dialogue", "US-Iraq strategic dialogue",
        Day("2021-04-07"), null, UnitedStates, Iraq, FuadHassan);
    public static readonly EventReport NdtvDialogue = Report(Ndtv, "dialogue", "dialogue", "First strategic dialogue under Biden",
        Day("2021-04-07"), null, UnitedStates, Iraq, FuadHussein, Blinken);
    public static readonly EventReport AjFirstDialogue = Report(AlJazeera, "dialogue-2020", "dialogue", "US-Iraq strategic dialogue begins",
        Month("2020-06"), null, UnitedStates, Iraq);

    public static IReadOnlyList<EventReport> All { get; } =
    [
        AjStrike, NdtvStrike, AjVote, NdtvVote, AjDrawdown, NdtvDrawdown, AjDialogue, NdtvDialogue, AjFirstDialogue,
    ];
}
