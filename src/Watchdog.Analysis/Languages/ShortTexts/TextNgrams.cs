namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// The distinct n-grams of one order of a cleaned text that are made of letters only, in the order they first occur
/// (Lingua's set order), held as offsets into the text: an article's thousands of n-grams cost no string each.
/// </summary>
internal sealed class TextNgrams
{
    private readonly string _text;
    private readonly List<int> _starts = [];

    public TextNgrams(string cleanedText, int order)
    {
        _text = cleanedText;
        Order = order;
        var seen = new HashSet<int>(new SliceComparer(cleanedText, order));
        for (var start = 0; start <= cleanedText.Length - order; start++)
        {
            if (AllLetters(cleanedText.AsSpan(start, order)) && seen.Add(start)) _starts.Add(start);
        }
    }

    public int Order { get; }

    public int Count => _starts.Count;

    public ReadOnlySpan<char> this[int index] => _text.AsSpan(_starts[index], Order);

    private static bool AllLetters(ReadOnlySpan<char> slice)
    {
        foreach (var c in slice)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }

    /// <summary>Offsets into one text compared by the n-grams that start there.</summary>
    private sealed class SliceComparer(string text, int length) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => text.AsSpan(x, length).SequenceEqual(text.AsSpan(y, length));

        public int GetHashCode(int obj) => string.GetHashCode(text.AsSpan(obj, length), StringComparison.Ordinal);
    }
}
