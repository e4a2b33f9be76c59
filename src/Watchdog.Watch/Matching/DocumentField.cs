using Watchdog.Watch.Query;

using Watchdog.Analysis.Text;

namespace Watchdog.Watch.Matching;

/// <summary>One analysed text field: its words with offsets, and positions by normal form for constant-time lookups.</summary>
public sealed class DocumentField
{
    private static readonly IReadOnlyList<int> NoPositions = [];

    private readonly Dictionary<string, List<int>> _wordPositions;
    private readonly Dictionary<string, List<int>> _namePositions;

    public DocumentField(DocumentFieldName name, string text, IReadOnlyList<Token> tokens, string language, ITermNormalizer normalizer)
    {
        Name = name;
        Text = text;
        Tokens = tokens;
        _wordPositions = new Dictionary<string, List<int>>(tokens.Count, StringComparer.Ordinal);
        _namePositions = new Dictionary<string, List<int>>(tokens.Count, StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            Add(_wordPositions, normalizer.Normalize(tokens[i].Text, language, tokens[i].Capitalised), i);
            Add(_namePositions, normalizer.NormalizeName(tokens[i].Text, language), i);
        }
    }

    public DocumentFieldName Name { get; }
    public string Text { get; }
    /// <summary>Words in order; <see cref="Token.Text"/> is the lower-cased surface form that prefixes compare with.</summary>
    public IReadOnlyList<Token> Tokens { get; }
    public IEnumerable<string> WordForms => _wordPositions.Keys;
    public IEnumerable<string> NameForms => _namePositions.Keys;

    /// <summary>Positions (ascending) of words whose normal form is <paramref name="form"/>.</summary>
    public IReadOnlyList<int> PositionsOf(string form, TermForm kind) =>
        (kind == TermForm.Name ? _namePositions : _wordPositions).TryGetValue(form, out var positions) ? positions : NoPositions;

    public bool Contains(string form, TermForm kind) => (kind == TermForm.Name ? _namePositions : _wordPositions).ContainsKey(form);

    private static void Add(Dictionary<string, List<int>> positions, string form, int position)
    {
        if (!positions.TryGetValue(form, out var list)) positions[form] = list = new List<int>(1);
        list.Add(position);
    }
}
