using System.Buffers;
using Watchdog.Query;

using Watchdog.Analysis.Text;

namespace Watchdog.Watch.Matching;

/// <summary>One analysed text field: its words with offsets, and positions by normal form for constant-time lookups.</summary>
public sealed class DocumentField
{
    private readonly FormPositions _wordPositions;
    private readonly FormPositions _namePositions;

    /// <summary>Tokenises and keys <paramref name="text"/> in one pass, each word by one lookup (<see cref="AnalysedWords"/>).</summary>
    internal DocumentField(DocumentFieldName name, string text, AnalysedWords analysed)
    {
        Name = name;
        Text = text;
        var tokens = new List<Token>(Tokenizer.ExpectedWords(text));
        // The keys are needed only while the positions are built: borrowed arrays, not two lists per field.
        var words = ArrayPool<string>.Shared.Rent(tokens.Capacity);
        var names = ArrayPool<string>.Shared.Rent(tokens.Capacity);
        var position = 0;
        while (Tokenizer.NextWord(text, ref position, out var start, out var length))
        {
            var word = analysed.Of(text.AsSpan(start, length));
            if (word.Text.Length == 0) continue;
            if (tokens.Count == words.Length) (words, names) = (Grown(words), Grown(names));
            words[tokens.Count] = word.WordKey;
            names[tokens.Count] = word.NameKey;
            tokens.Add(new Token(word.Text, start, length, word.Capitalised));
        }
        Tokens = tokens;
        _wordPositions = new FormPositions(words.AsSpan(0, tokens.Count));
        _namePositions = new FormPositions(names.AsSpan(0, tokens.Count));
        ArrayPool<string>.Shared.Return(words, clearArray: true);
        ArrayPool<string>.Shared.Return(names, clearArray: true);
    }

    private static string[] Grown(string[] keys)
    {
        var grown = ArrayPool<string>.Shared.Rent(keys.Length * 2);
        keys.CopyTo(grown, 0);
        ArrayPool<string>.Shared.Return(keys, clearArray: true);
        return grown;
    }

    public DocumentFieldName Name { get; }
    public string Text { get; }
    /// <summary>Words in order; <see cref="Token.Text"/> is the lower-cased surface form that prefixes compare with.</summary>
    public IReadOnlyList<Token> Tokens { get; }
    public IEnumerable<string> WordForms => _wordPositions.Forms;
    public IEnumerable<string> NameForms => _namePositions.Forms;

    /// <summary>Positions (ascending) of words whose normal form is <paramref name="form"/>.</summary>
    public ArraySegment<int> PositionsOf(string form, TermForm kind) => (kind == TermForm.Name ? _namePositions : _wordPositions).Of(form);

    public bool Contains(string form, TermForm kind) => (kind == TermForm.Name ? _namePositions : _wordPositions).Contains(form);
}
