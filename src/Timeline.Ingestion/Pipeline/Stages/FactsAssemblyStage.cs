using System.Globalization;
using Timeline.Domain.Model;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Pipeline.Stages;

/// <summary>
/// Builds the normalised <see cref="ArticleFacts"/> from the validated document and its resolved
/// times: names cleaned, kinds and relation ends typed, participant quotes defaulted to the event's,
/// and the fingerprint that tells an unchanged re-delivery apart.
/// </summary>
public sealed class FactsAssemblyStage : IIngestStage
{
    public string Name => "facts";

    public ValueTask RunAsync(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document ?? throw new InvalidOperationException("Assembling facts needs a validated document; run validation first.");
        var times = context.Times ?? throw new InvalidOperationException("Assembling facts needs resolved times; run time resolution first.");
        var a = document.Article;
        var article = new Article(a.Id.Trim(), a.Url, NameNormalisation.Clean(a.Title), NameNormalisation.CleanOptional(a.Publisher),
            DateOnly.ParseExact(a.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), a.Language, "");

        var entities = new List<ArticleEntity>(document.Entities.Count);
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var e = document.Entities[i];
            if (!EntityKinds.TryParse(e.Kind, out var kind))
            {
                context.AddError(Pointer("entities", i, "kind"), $"'{e.Kind}' is not an entity kind (person, organization, place)");
                continue;
            }
            entities.Add(new ArticleEntity(e.Key, kind, NameNormalisation.Clean(e.Name), NameNormalisation.CleanList(e.Aliases),
                NameNormalisation.CleanOptional(e.Description), e.ExternalIds, NameNormalisation.CleanList(e.SameAs), e.Quote));
        }

        var eventKeys = document.Events.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var events = new List<ArticleEvent>(document.Events.Count);
        var participations = new List<ArticleParticipation>();
        for (var i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            var when = times.Event(i).Point ?? throw new InvalidOperationException($"The time of event {i} was not resolved.");
            events.Add(new ArticleEvent(e.Key, e.Type, NameNormalisation.Clean(e.Title), NameNormalisation.CleanOptional(e.Summary), when,
                e.Place, NameNormalisation.CleanList(e.Tags), e.Quote));
            participations.AddRange(e.Participants.Select(p => new ArticleParticipation(e.Key, p.Entity, p.Role, p.Quote ?? e.Quote)));
        }

        var relations = new List<ArticleRelation>(document.Relations.Count);
        for (var i = 0; i < document.Relations.Count; i++)
        {
            var r = document.Relations[i];
            var ends = eventKeys.Contains(r.Subject) ? RelationEnds.Events : RelationEnds.Entities;
            relations.Add(new ArticleRelation(r.Type, ends, r.Subject, r.Target,
                times.RelationStart(i)?.Point, times.RelationEnd(i)?.Point, r.Quote));
        }

        if (context.HasErrors) return ValueTask.CompletedTask;
        var facts = new ArticleFacts(article, entities, events, participations, relations);
        context.Facts = facts with { Article = article with { ContentHash = ArticleFactsFingerprint.Compute(facts) } };
        return ValueTask.CompletedTask;
    }

    private static string Pointer(string list, int index, string field) => string.Create(CultureInfo.InvariantCulture, $"/{list}/{index}/{field}");
}
