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

    private readonly WordFeatures[] _words;
    private readonly uint[][] _static;

    public SentenceFeatures(IReadOnlyList<string> tokens, string language)
    {
        _words = [.. tokens.Select(t => WordFeatures.Of(t, language))];
        _static = new uint[_words.Length][];
        var features = new List<uint>(48);
        for (var i = 0; i < _words.Length; i++)
        {
            features.Clear();
            AddStatic(features, i);
            _static[i] = [.. features];
        }
    }

    public int Count => _static.Length;

    public uint[] Static(int i) => _static[i];

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
