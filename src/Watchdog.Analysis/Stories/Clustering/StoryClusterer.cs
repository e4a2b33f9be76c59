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

    /// <summary>
    /// Share of the anchors (names, numbers, months) in the similarity within a language. Two reports of different
    /// floods share most of their words (эвакуированы, подтоплены, ДЧС) but not their places, people and figures; on the
    /// hand-written set the anchors told such look-alikes apart where words did not (README). Half and half: not tuned.
    /// </summary>
    public const double AnchorShare = 0.5;

    private readonly Lock _gate = new();
    private readonly StoryClusteringOptions _options;
    private readonly DocumentFrequencies _frequencies;
    private readonly bool _learnsFrequencies;
    // Null when the frequencies are learnt beforehand from a whole batch (Cluster), which bounds them.
    private readonly TermCompaction? _compaction;
    private readonly Dictionary<int, OpenStory> _open = [];
    private readonly List<Story> _closed = [];
    private readonly StoryTermIndex _index = new();
    private readonly ArticleWeights _weights = new();
    private readonly TermPositions _positions = new();
    private DateTimeOffset _newest = DateTimeOffset.MinValue;
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;
    private int _nextId = 1;

    /// <summary>A clusterer that learns document frequencies from the articles added to it.</summary>
    /// <param name="firstStoryId">Id of the first story it starts: a store continues after the ids it already gave.</param>
    public StoryClusterer(StoryClusteringOptions? options = null, int firstStoryId = 1)
        : this(options ?? new StoryClusteringOptions(), new DocumentFrequencies(), learnsFrequencies: true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstStoryId);
        _nextId = firstStoryId;
    }

    private StoryClusterer(StoryClusteringOptions options, DocumentFrequencies frequencies, bool learnsFrequencies)
    {
        options.Validate();
        _options = options;
        _frequencies = frequencies;
        _learnsFrequencies = learnsFrequencies;
        _compaction = learnsFrequencies ? new TermCompaction(options.MaxTerms) : null;
    }

    /// <summary>The options it clusters with.</summary>
    public StoryClusteringOptions Options => _options;

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
            .Select(article => (Article: article, Terms: ArticleTerms.Of(article, options)))
            .ToList();
        var frequencies = new DocumentFrequencies();
        foreach (var (_, terms) in ordered) frequencies.Observe(terms, frequencies.IdsOf(terms));

        var clusterer = new StoryClusterer(options, frequencies, learnsFrequencies: false);
        foreach (var (article, terms) in ordered) clusterer.Add(article, terms);
        return clusterer.Stories();
    }

    /// <summary>Puts one article into an existing story or a new one.</summary>
    public StoryAssignment Add(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Add(article, ArticleTerms.Of(article, _options));
    }

    /// <summary>
    /// Puts an article back into the story it was given before (a process restarting from its store), without
    /// deciding anything; later ids continue after the largest restored one.
    /// </summary>
    public void Restore(StoryArticle article, int storyId)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(storyId);
        var terms = ArticleTerms.Of(article, _options);
        lock (_gate)
        {
            var ids = _frequencies.IdsOf(terms);
            if (_learnsFrequencies) _frequencies.Observe(terms, ids);
            if (!_open.TryGetValue(storyId, out var story))
            {
                story = new OpenStory(storyId);
                _open.Add(storyId, story);
            }
            story.Add(article, terms, ids, _frequencies, _positions);
            _index.Add(story.Id, ids);
            _nextId = Math.Max(_nextId, storyId + 1);
            CloseStaleStories(article.PublishedAt);
            CloseOverLimit(story);
            _compaction?.RunIfDue(_frequencies, _open.Values, _index);
        }
    }

    /// <summary>
    /// How many terms it keeps document frequencies of: at most <see cref="StoryClusteringOptions.MaxTerms"/> and one
    /// article's terms, unless its open stories alone have more than half that many.
    /// </summary>
    public int TermCount
    {
        get
        {
            lock (_gate) return _frequencies.TermCount;
        }
    }

    /// <summary>How many times it has forgotten rare terms to stay within <see cref="StoryClusteringOptions.MaxTerms"/>.</summary>
    public int TermCompactions
    {
        get
        {
            lock (_gate) return _compaction?.Count ?? 0;
        }
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

    /// <summary>The story with this id as it stands now, or null when it is unknown or forgotten.</summary>
    public Story? Find(int storyId)
    {
        lock (_gate)
        {
            return _open.TryGetValue(storyId, out var open)
                ? open.Snapshot(_frequencies, _options.MaxLabelTerms)
                : _closed.FirstOrDefault(story => story.Id == storyId);
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
            var ids = _frequencies.IdsOf(terms);
            if (_learnsFrequencies) _frequencies.Observe(terms, ids);
            var (best, similarity, joins) = MostSimilarStory(article.PublishedAt, terms, ids);

            var story = joins ? best! : StartStory();
            story.Add(article, terms, ids, _frequencies, _positions);
            _index.Add(story.Id, ids);
            CloseStaleStories(article.PublishedAt);
            CloseOverLimit(story);
            _compaction?.RunIfDue(_frequencies, _open.Values, _index);
            return new StoryAssignment(story.Id, !joins, similarity);
        }
    }

    /// <summary>
    /// The article's terms of positive weight, heaviest first, ties by stem and then in the article's order (as a stable
    /// sort leaves them): sorted in one list, where LINQ's ordering kept a key array per criterion beside its buffer.
    /// </summary>
    private List<(int At, int Id, Term Term, double Weight)> RankedTerms(int[] ids, double[] weights)
    {
        var ranked = new List<(int At, int Id, Term Term, double Weight)>(ids.Length);
        for (var at = 0; at < ids.Length; at++)
        {
            if (weights[at] > 0) ranked.Add((at, ids[at], _frequencies.TermOf(ids[at]), weights[at]));
        }
        ranked.Sort(static (x, y) =>
        {
            var byWeight = y.Weight.CompareTo(x.Weight);
            if (byWeight != 0) return byWeight;
            var byStem = string.CompareOrdinal(x.Term.Stem, y.Term.Stem);
            return byStem != 0 ? byStem : x.At.CompareTo(y.At);
        });
        return ranked;
    }

    /// <summary>
    /// The candidate story that passes its threshold by the widest margin. Within a language: the mean of the cosine over
    /// words and the cosine over shared anchors (words alone when either side has no anchor) against
    /// <see cref="StoryClusteringOptions.SimilarityThreshold"/>; for a story with no article in this one's language, the
    /// cosine over shared anchors against <see cref="StoryClusteringOptions.CrossLanguageThreshold"/>.
    /// </summary>
    private (OpenStory? Story, double Similarity, bool Joins) MostSimilarStory(DateTimeOffset publishedAt, ArticleTerms terms, int[] ids)
    {
        var language = terms.Language;
        var weights = new double[ids.Length];
        var i = 0;
        foreach (var frequency in terms.Frequencies.Values)
        {
            weights[i] = frequency * _frequencies.InverseFrequency(ids[i]);
            i++;
        }
        _weights.Set(_frequencies.LanguageId(language), ids, weights, _frequencies.TermCount);
        var norms = ArticleNorms.Of(ids, weights, _frequencies);
        var ranked = RankedTerms(ids, weights);
        // The heaviest terms find stories in the article's language; its heaviest anchors find them in the others.
        var queryTerms = ranked.Take(_options.QueryTerms).Concat(ranked.Where(term => term.Term.IsShared).Take(_options.QueryTerms)).Select(term => term.Id);

        OpenStory? best = null;
        double bestScore = 0, bestSimilarity = 0;
        foreach (var id in _index.StoriesWithAny(queryTerms).Order())
        {
            var candidate = _open[id];
            if (!candidate.IsWithin(publishedAt, _options.Window)) continue;
            var (words, anchors) = candidate.Centroid.Cosine(_weights, norms, _frequencies);
            var (similarity, score) = candidate.HasLanguage(language)
                ? Scored(double.IsNaN(anchors) ? words : (1 - AnchorShare) * words + AnchorShare * anchors, _options.SimilarityThreshold)
                : Scored(double.IsNaN(anchors) ? 0 : anchors, _options.CrossLanguageThreshold);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
                bestSimilarity = similarity;
            }
        }
        return (best, bestSimilarity, best is not null && bestScore >= 1);
    }

    private static (double Similarity, double Score) Scored(double similarity, double threshold) => (similarity, similarity / threshold);

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

    /// <summary>
    /// Closes the stories whose last article is oldest (ties: the lower id) while more than
    /// <see cref="StoryClusteringOptions.MaxOpenStories"/> are open, never <paramref name="current"/>, the one just added to.
    /// </summary>
    private void CloseOverLimit(OpenStory current)
    {
        while (_open.Count > _options.MaxOpenStories)
        {
            Close(_open.Values.Where(story => story != current).MinBy(story => (story.LastSeen, story.Id))!);
        }
    }

    private void Close(OpenStory story)
    {
        _index.Remove(story.Id, story.Centroid.TermIds);
        _open.Remove(story.Id);
        _closed.Add(story.Snapshot(_frequencies, _options.MaxLabelTerms));
    }
}
