namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// The words of a cleaned text as Lingua splits them (at spaces, and every logogram a word of its own), as spans of
/// the text rather than a string each: <see cref="LinguaLetterRules"/> reads every word of every article.
/// </summary>
internal ref struct LinguaWords
{
    private readonly ReadOnlySpan<char> _text;
    private readonly LinguaScripts _scripts;
    private int _next;
    private int _wordStart;
    private int _pendingLogogram = -1;

    public LinguaWords(ReadOnlySpan<char> cleanedText, LinguaScripts scripts)
    {
        _text = cleanedText;
        _scripts = scripts;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LinguaWords GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_pendingLogogram >= 0)
        {
            Current = _text.Slice(_pendingLogogram, 1);
            _pendingLogogram = -1;
            return true;
        }
        while (_next < _text.Length)
        {
            var i = _next++;
            var c = _text[i];
            if (c == ' ')
            {
                var start = _wordStart;
                _wordStart = i + 1;
                if (start == i) continue;
                Current = _text[start..i];
                return true;
            }
            if (!_scripts.IsLogogram(c)) continue;
            var before = _wordStart;
            _wordStart = i + 1;
            if (before == i)
            {
                Current = _text.Slice(i, 1);
                return true;
            }
            // The letters before the logogram make a word, then the logogram is one.
            Current = _text[before..i];
            _pendingLogogram = i;
            return true;
        }
        if (_wordStart == _text.Length) return false;
        Current = _text[_wordStart..];
        _wordStart = _text.Length;
        return true;
    }
}
