using Lucene.Net.Analysis.TokenAttributes;
using WordTokenizer = Watchdog.Analysis.Text.Tokenizer;

namespace Watchdog.Analysis.Indexing;

/// <summary>
/// Lucene tokenizer over <see cref="WordTokenizer"/>, so the index holds exactly the words (and offsets,
/// for highlighting) that the rest of Watchdog sees, already lower-cased and normalised.
/// </summary>
public sealed class WatchdogTokenizer : Lucene.Net.Analysis.Tokenizer
{
    /// <summary>Longer "words" are base64, hashes or glued URLs; Lucene's standard tokenizer drops them too.</summary>
    public const int MaxTokenLength = 255;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IFlagsAttribute _flags;
    // The field's text and how far its words are read: words are read as Lucene asks for them, not into a list first.
    private string _text = string.Empty;
    private int _position;
    private int _finalOffset;

    public WatchdogTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    /// <summary>Set in <see cref="IFlagsAttribute.Flags"/> when the word was written capitalised (<see cref="Text.Token.Capitalised"/>).</summary>
    public const int CapitalisedFlag = 1;

    public override bool IncrementToken()
    {
        ClearAttributes();
        // The tokens of WordTokenizer.Tokenize, one at a time.
        while (WordTokenizer.NextToken(_text, ref _position, out var token))
        {
            if (token.Text.Length > MaxTokenLength) continue;
            _term.SetEmpty().Append(token.Text);
            _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            _flags.Flags = token.Capitalised ? CapitalisedFlag : 0;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _position = 0;
        _finalOffset = CorrectOffset(_text.Length);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }
}
