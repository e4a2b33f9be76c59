namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// Groups articles about one event into stories as they arrive (single-pass clustering): an article joins the
/// open story whose centroid is most similar to it (TF-IDF cosine over stemmed terms), if that similarity
/// reaches <see cref="StoryClusteringOptions.SimilarityThreshold"/> and the story has an article within
/// <see cref="StoryClusteringOptions.Window"/> of it; otherwise it starts a story. Languages are not translated:
/// articles in different languages share terms only where a stem is spelt alike. Thread-safe (one lock).
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>Open stories are checked for closing at most this often (in article time), to keep Add cheap.</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly StoryClusteringOptions _options;
    private readonly DocumentFrequencies _frequencies;
    private readonly bool _learnsFrequencies;
    private readonly Dictionary<int, OpenStory> _open = [];
    private readonly List<Story> _closed = [];
    private readonly StoryTermIndex _index = new();
    private DateTimeOffset _newest = DateTimeOffset.MinValue;
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;
    private int _nextId = 1;

    /// <summary>A clusterer that learns document frequencies from the articles added to it.</summary>
    public StoryClusterer(StoryClusteringOptions? options = null)
        : this(options ?? new StoryClusteringOptions(), new DocumentFrequencies(), learnsFrequencies: true)
    {
    }

    private StoryClusterer(StoryClusteringOptions options, DocumentFrequencies frequencies, bool learnsFrequencies)
    {
        options.Validate();
        _options = options;
        _frequencies = frequencies;
        _learnsFrequencies = learnsFrequencies;
    }

    /// <summary>
    /// A story stops taking articles once the newest article added is this much later than its last one:
    /// twice the window, so articles arriving up to one window out of order still find it. It then leaves the
    /// index and keeps only its snapshot.
    /// </summary>
    public TimeSpan ClosingAge => _options.Window * 2;

    /// <summary>
    /// Clusters a batch: orders it by publication time (then id), learns document frequencies from the whole
    /// batch first, then adds each article. The result does not depend on the input order.
    /// </summary>
    /// <returns>Stories by size, largest first, then by last article, newest first.</returns>
    public static IReadOnlyList<Story> Cluster(IEnumerable<StoryArticle> articles, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new StoryClusteringOptions();
        var ordered = articles
            .OrderBy(article => article.PublishedAt)
            .ThenBy(article => article.Id)
            .Select(article => (Article: article, Terms: ArticleTerms.Of(article, options.TitleBoost)))
            .ToList();
        var frequencies = new DocumentFrequencies();
        foreach (var (_, terms) in ordered) frequencies.Observe(terms);

        var clusterer = new StoryClusterer(options, frequencies, learnsFrequencies: false);
        foreach (var (article, terms) in ordered) clusterer.Add(article, terms);
        return clusterer.Stories();
    }

    /// <summary>Puts one article into an existing story or a new one.</summary>
    public StoryAssignment Add(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Add(article, ArticleTerms.Of(article, _options.TitleBoost));
    }

    /// <summary>All stories seen and not forgotten, largest first, then by last article, newest first.</summary>
    public IReadOnlyList<Story> Stories() => Stories(DateTimeOffset.MinValue);

    /// <summary>Stories with an article published at or after <paramref name="since"/> (e.g. the last N days), ordered as <see cref="Stories()"/>.</summary>
    public IReadOnlyList<Story> Stories(DateTimeOffset since)
    {
        lock (_gate)
        {
            return [.. _closed
                .Concat(_open.Values.Select(story => story.Snapshot(_frequencies, _options.MaxLabelTerms)))
                .Where(story => story.LastSeen >= since)
                .OrderByDescending(story => story.ArticleIds.Count)
                .ThenByDescending(story => story.LastSeen)
                .ThenBy(story => story.Id)];
        }
    }

    /// <summary>Drops every story whose last article is older than <paramref name="cutoff"/>, to bound memory in a long-running process.</summary>
    public void ForgetBefore(DateTimeOffset cutoff)
    {
        lock (_gate)
        {
            foreach (var story in _open.Values.Where(story => story.LastSeen < cutoff).ToList()) Close(story);
            _closed.RemoveAll(story => story.LastSeen < cutoff);
        }
    }

    private StoryAssignment Add(StoryArticle article, ArticleTerms terms)
    {
        lock (_gate)
        {
            if (_learnsFrequencies) _frequencies.Observe(terms);
            var weighted = terms.Frequencies.ToDictionary(pair => pair.Key, pair => pair.Value * _frequencies.InverseFrequency(pair.Key));
            var (best, similarity) = MostSimilarStory(article.PublishedAt, weighted);

            var isNew = best is null || similarity < _options.SimilarityThreshold;
            var story = isNew ? StartStory() : best!;
            story.Add(article, terms);
            _index.Add(story.Id, terms.Frequencies.Keys);
            CloseStaleStories(article.PublishedAt);
            return new StoryAssignment(story.Id, isNew, similarity);
        }
    }

    private (OpenStory? Story, double Similarity) MostSimilarStory(DateTimeOffset publishedAt, Dictionary<Term, double> weighted)
    {
        var norm = Math.Sqrt(weighted.Values.Sum(weight => weight * weight));
        var queryTerms = weighted
            .Where(pair => pair.Value > 0)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key.Stem, StringComparer.Ordinal)
            .Take(_options.QueryTerms)
            .Select(pair => pair.Key);

        OpenStory? best = null;
        double bestSimilarity = 0;
        foreach (var id in _index.StoriesWithAny(queryTerms).Order())
        {
            var candidate = _open[id];
            if (!candidate.IsWithin(publishedAt, _options.Window)) continue;
            var similarity = candidate.Centroid.Cosine(weighted, norm, _frequencies);
            if (similarity > bestSimilarity)
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return (best, bestSimilarity);
    }

    private OpenStory StartStory()
    {
        var story = new OpenStory(_nextId++);
        _open.Add(story.Id, story);
        return story;
    }

    private void CloseStaleStories(DateTimeOffset publishedAt)
    {
        if (publishedAt > _newest) _newest = publishedAt;
        if (_newest - _lastSweep < SweepInterval) return;
        _lastSweep = _newest;
        var closingBefore = _newest - ClosingAge;
        foreach (var story in _open.Values.Where(story => story.LastSeen < closingBefore).ToList()) Close(story);
    }

    private void Close(OpenStory story)
    {
        _index.Remove(story.Id, story.Centroid.Terms);
        _open.Remove(story.Id);
        _closed.Add(story.Snapshot(_frequencies, _options.MaxLabelTerms));
    }
}
