namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// A stem in the language it was stemmed in. Stems of different languages are different terms: each stemmer
/// has its own keys, and document frequencies are learnt per language, so a Russian stop word is not rare just
/// because most articles are in Kazakh.
/// </summary>
internal readonly record struct Term(string Language, string Stem);
