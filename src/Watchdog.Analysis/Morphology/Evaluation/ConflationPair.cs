namespace Watchdog.Analysis.Morphology.Evaluation;

/// <summary>
/// Two written words that must share a key (<see cref="MustJoin"/>: forms of one word) or must not (false friends:
/// university / universe, Иван / Иванов). Read from a table of
/// <c>language &lt;TAB&gt; same|different &lt;TAB&gt; word &lt;TAB&gt; word &lt;TAB&gt; source</c> lines (# starts a comment).
/// </summary>
public sealed record ConflationPair(string Language, bool MustJoin, string First, string Second, string Source)
{
    /// <exception cref="FormatException">A line that is not a pair, with its number.</exception>
    public static IReadOnlyList<ConflationPair> Read(IEnumerable<string> lines)
    {
        var pairs = new List<ConflationPair>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[1] is not ("same" or "different"))
                throw new FormatException($"line {number}: expected language, same|different, two words and a source, found '{line}'");
            pairs.Add(new ConflationPair(cells[0], cells[1] == "same", cells[2], cells[3], cells.Length > 4 ? cells[4] : ""));
        }
        return pairs;
    }
}

/// <summary>How one way of keying words did on one language's pairs: the false joins and the missed joins, by name.</summary>
public sealed record ConflationReport(
    string Language, int FalseFriendPairs, IReadOnlyList<ConflationPair> FalseJoins, int SameWordPairs, IReadOnlyList<ConflationPair> MissedJoins)
{
    /// <summary>Share of false-friend pairs given one key (over-conflation).</summary>
    public double OverConflation => FalseFriendPairs == 0 ? 0 : (double)FalseJoins.Count / FalseFriendPairs;

    /// <summary>Share of same-word pairs given two keys (under-conflation).</summary>
    public double UnderConflation => SameWordPairs == 0 ? 0 : (double)MissedJoins.Count / SameWordPairs;

    /// <param name="keyOf">The key of a word as written, in the language (e.g. <see cref="Normalizer.Normalize"/>).</param>
    public static ConflationReport Measure(string language, IEnumerable<ConflationPair> pairs, Func<string, string, string> keyOf)
    {
        var ofLanguage = pairs.Where(pair => pair.Language == language).ToList();
        bool Joined(ConflationPair pair) => keyOf(pair.First, language) == keyOf(pair.Second, language);
        var falseFriends = ofLanguage.Where(pair => !pair.MustJoin).ToList();
        var sameWord = ofLanguage.Where(pair => pair.MustJoin).ToList();
        return new ConflationReport(
            language, falseFriends.Count, [.. falseFriends.Where(Joined)], sameWord.Count, [.. sameWord.Where(pair => !Joined(pair))]);
    }
}
