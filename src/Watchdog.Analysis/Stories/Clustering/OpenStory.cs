namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>A story that can still gain articles: its members, time span, languages, centroid and written forms.</summary>
internal sealed class OpenStory(int id)
{
    private readonly List<long> _articleIds = [];
    private readonly SortedSet<string> _languages = new(StringComparer.Ordinal);
    private readonly SurfaceForms _surfaces = new();

    public int Id { get; } = id;
    public StoryCentroid Centroid { get; } = new();
    public DateTimeOffset FirstSeen { get; private set; } = DateTimeOffset.MaxValue;
    public DateTimeOffset LastSeen { get; private set; } = DateTimeOffset.MinValue;
    public int Size => _articleIds.Count;

    /// <param name="ids">The article's term ids (<see cref="DocumentFrequencies.IdsOf"/>).</param>
    /// <param name="frequencies">Where the ids come from.</param>
    /// <param name="positions">Scratch shared by the clusterer's stories (<see cref="TermPositions"/>).</param>
    public void Add(StoryArticle article, ArticleTerms terms, int[] ids, DocumentFrequencies frequencies, TermPositions positions)
    {
        _articleIds.Add(article.Id);
        _languages.Add(terms.Language);
        if (article.PublishedAt < FirstSeen) FirstSeen = article.PublishedAt;
        if (article.PublishedAt > LastSeen) LastSeen = article.PublishedAt;
        Centroid.Add(terms, ids, positions, frequencies.TermCount);
        _surfaces.Reserve(Centroid.TermIds.Count);
        // Every word's term is one of the article's, so the centroid has it now.
        foreach (var (term, surface) in terms.Words)
        {
            var id = frequencies.IdOf(term);
            _surfaces.Add(positions.Of(id), frequencies.SharedSpelling(id, surface));
        }
    }

    /// <summary>Whether a member is written in <paramref name="language"/>.</summary>
    public bool HasLanguage(string language) => _languages.Contains(language);

    /// <summary>Whether a member was published within <paramref name="window"/> of <paramref name="time"/>.</summary>
    public bool IsWithin(DateTimeOffset time, TimeSpan window) => LastSeen >= time - window && FirstSeen <= time + window;

    public Story Snapshot(DocumentFrequencies frequencies, int maxLabelTerms) => new(
        Id,
        [.. _articleIds],
        StoryLabel.Of(Centroid, _surfaces, frequencies, maxLabelTerms),
        FirstSeen,
        LastSeen,
        [.. _languages]);
}
