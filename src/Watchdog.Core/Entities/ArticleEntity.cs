namespace Watchdog.Core.Entities;

/// <summary>One entity an article names, as stored for aggregate counts: never a record about a person, only a key and how often this article names it.</summary>
/// <param name="Kind">person, organization or location.</param>
/// <param name="Key">What every spelling and inflection of the name shares (see the Analysis project's EntityKeys).</param>
/// <param name="Name">The name as this article writes it most often, base forms preferred, for display.</param>
/// <param name="Mentions">How many times the article names it.</param>
public sealed record ArticleEntity(string Kind, string Key, string Name, int Mentions);

/// <summary>The entities of one article, as tagged by one version of the tagger.</summary>
public sealed record TaggedArticle(long ArticleId, IReadOnlyList<ArticleEntity> Entities);
