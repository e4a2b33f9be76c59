using System.Runtime.InteropServices;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// The features of every token of one sentence that do not depend on the tags already given: the word's own
/// (<see cref="WordFeatures"/>) and those of the words around it. The tags before a token add the few features
/// <see cref="AddHistory"/> gives, at decoding time.
/// </summary>
internal sealed class SentenceFeatures
{
    private static readonly WordFeatures Start = Boundary("<s>");
    private static readonly WordFeatures End = Boundary("</s>");

    /// <summary>Room for a token's static features before the list grows: its own (about ten) and some twenty of context.</summary>
    private const int StaticFeaturesPerToken = 40;

    private readonly WordFeatures[] _words;

    /// <summary>Every token's static features one after another (token i's from <c>_starts[i]</c> to <c>_starts[i + 1]</c>), one array a sentence rather than one a token.</summary>
    private readonly List<uint> _static;
    private readonly int[] _starts;

    public SentenceFeatures(IReadOnlyList<string> tokens, string language) : this(tokens, language, [])
    {
    }

    /// <param name="staticFeatures">
    /// Where to keep the features (cleared first): a caller that tags sentence after sentence passes the same list each
    /// time (one per thread), rather than a new one of ≈ 40 features a token each sentence. The sentence reads it until
    /// the next sentence is built in it.
    /// </param>
    public SentenceFeatures(IReadOnlyList<string> tokens, string language, List<uint> staticFeatures)
    {
        _words = new WordFeatures[tokens.Count];
        for (var i = 0; i < _words.Length; i++) _words[i] = WordFeatures.Of(tokens[i], language);
        _static = staticFeatures;
        _static.Clear();
        _static.EnsureCapacity(_words.Length * StaticFeaturesPerToken);
        _starts = new int[_words.Length + 1];
        for (var i = 0; i < _words.Length; i++)
        {
            _starts[i] = _static.Count;
            AddStatic(_static, i);
        }
        _starts[^1] = _static.Count;
    }

    public int Count => _words.Length;

    /// <summary>Token <paramref name="i"/>'s word; its own features open <see cref="Static"/>.</summary>
    public WordFeatures Word(int i) => _words[i];

    public ReadOnlySpan<uint> Static(int i) => CollectionsMarshal.AsSpan(_static)[_starts[i].._starts[i + 1]];

    /// <summary>The features of token <paramref name="i"/> that depend on the two tags before it.</summary>
    public void AddHistory(List<uint> features, int i, int previous, int beforePrevious)
    {
        features.Add(FeatureHash.Of((int)FeatureTemplate.PrevTag, (uint)previous));
        features.Add(FeatureHash.Of((int)FeatureTemplate.PrevTwoTags, (uint)previous, (uint)beforePrevious));
        features.Add(FeatureHash.Of((int)FeatureTemplate.PrevTagWord, (uint)previous, _words[i].Normal));
        features.Add(FeatureHash.Of((int)FeatureTemplate.PrevTagShape, (uint)previous, _words[i].Shape));
    }

    private void AddStatic(List<uint> f, int i)
    {
        var word = _words[i];
        var (prev, next, prev2, next2) = (At(i - 1), At(i + 1), At(i - 2), At(i + 2));
        f.AddRange(word.Own);
        f.Add(FeatureHash.Of((int)FeatureTemplate.PrevWord, prev.Normal));
        f.Add(FeatureHash.Of((int)FeatureTemplate.NextWord, next.Normal));
        f.Add(FeatureHash.Of((int)FeatureTemplate.Prev2Word, prev2.Normal));
        f.Add(FeatureHash.Of((int)FeatureTemplate.Next2Word, next2.Normal));
        f.Add(FeatureHash.Of((int)FeatureTemplate.PrevStem, prev.Stem));
        f.Add(FeatureHash.Of((int)FeatureTemplate.NextStem, next.Stem));
        f.Add(FeatureHash.Of((int)FeatureTemplate.PrevShape, prev.Shape));
        f.Add(FeatureHash.Of((int)FeatureTemplate.NextShape, next.Shape));
        f.Add(FeatureHash.Of((int)FeatureTemplate.PrevShapeShape, prev.Shape, word.Shape));
        f.Add(FeatureHash.Of((int)FeatureTemplate.ShapeNextShape, word.Shape, next.Shape));
        f.Add(FeatureHash.Of((int)FeatureTemplate.PrevWordWord, prev.Normal, word.Normal));
        f.Add(FeatureHash.Of((int)FeatureTemplate.WordNextWord, word.Normal, next.Normal));
        if (i == 0) f.Add(FeatureHash.Of((int)FeatureTemplate.FirstShape, word.Shape));
        AddCues(f, FeatureTemplate.PrevCue, prev.Cues);
        AddCues(f, FeatureTemplate.NextCue, next.Cues);
    }

    private WordFeatures At(int i) => i < 0 ? Start : i >= _words.Length ? End : _words[i];

    private static void AddCues(List<uint> f, FeatureTemplate template, TokenCues cues)
    {
        if (cues == TokenCues.None) return;
        foreach (var cue in TokenCueReader.Each)
            if ((cues & cue) != 0) f.Add(FeatureHash.Of((int)template, (uint)cue));
    }

    private static WordFeatures Boundary(string marker)
    {
        var hash = FeatureHash.OfText(marker);
        return new WordFeatures(hash, hash, hash, TokenCues.None, []);
    }
}
