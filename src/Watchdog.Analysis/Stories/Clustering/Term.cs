namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// A stem in the language it was stemmed in. Stems of different languages are different terms: each stemmer
/// has its own keys, and document frequencies are learnt per language, so a Russian stop word is not rare just
/// because most articles are in Kazakh. Anchors every language shares (names, numbers, months) have the
/// pseudo-language <see cref="Shared"/>.
/// </summary>
internal readonly record struct Term(string Language, string Stem)
{
    /// <summary>The "language" of <see cref="Anchors.SharedAnchors"/>: every article can have them, whatever it is written in.</summary>
    public const string Shared = "*";

    public bool IsShared => Language == Shared;
}
