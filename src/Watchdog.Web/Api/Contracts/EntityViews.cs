using Watchdog.Application.Reporting;
using Watchdog.Web.Api.Validation;

namespace Watchdog.Web.Api.Contracts;

/// <summary>The people, organisations and places a query's matches name, counted.</summary>
/// <param name="ArticlesMatched">Every article matching the query in the period.</param>
/// <param name="ArticlesTagged">How many of them were counted: their entities are stored.</param>
/// <param name="ArticlesNotYetTagged">Matches stored before entity tagging (or by an older tagger) that the background backfill has not reached yet; not counted.</param>
/// <param name="Entities">Per kind, most articles first, then most mentions; at most the limit of each kind.</param>
public sealed record EntitiesResponse(
    string Query, DateTimeOffset From, DateTimeOffset To, int ArticlesMatched, int ArticlesTagged, int ArticlesNotYetTagged, IReadOnlyList<EntityView> Entities);

/// <summary>One entity and how often the matches name it.</summary>
/// <param name="Kind">person, organization or location.</param>
/// <param name="Key">Shared by its inflected and alternative spellings; the same across requests.</param>
/// <param name="Name">Its most frequent written form, base forms preferred.</param>
/// <param name="Articles">How many of the tagged matches mention it.</param>
/// <param name="Mentions">How many times in all.</param>
/// <param name="SampleArticleIds">The newest few of those articles (see GET /api/articles/{id}).</param>
public sealed record EntityView(string Kind, string Key, string Name, int Articles, int Mentions, IReadOnlyList<long> SampleArticleIds)
{
    public static EntityView From(EntityCount count) =>
        new(EntityRequestValidation.Name(count.Kind), count.Key, count.Name, count.Articles, count.Mentions, count.SampleArticleIds);
}
