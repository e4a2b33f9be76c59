namespace Watchdog.Extract.Scoring;

/// <summary>
/// Recognises JavaScript or CSS that reached the text: a script or style tag the markup broke (never
/// closed, or closed early by a "&lt;/script&gt;" inside a string) leaves its code as page text, and
/// a browser would show it too. Prose has few of code's symbols and none of its idioms.
/// </summary>
public static class CodeText
{
    /// <summary>
    /// Share of code symbols (braces, semicolons, parentheses, brackets, '=') above which a text with a
    /// code idiom is code. Running prose stays under 1 % (a parenthesis or two per sentence); minified
    /// script and style sheets are well above 5 %.
    /// </summary>
    public const double MinCodeSymbolShare = 0.05;

    /// <summary>Texts this short are labels, not code worth detecting ("(1)", "a = b").</summary>
    public const int MinLength = 20;

    /// <summary>Idioms of JavaScript and CSS that prose does not use; one is needed besides the symbols.</summary>
    private static readonly string[] CodeIdioms =
    [
        "function(", "function (", "=>", "});", "})(", "();", "var ", "let ", "const ", "window.", "document.",
        "return ", "!important", "px;", "{display:", "{color:", "{margin", "{padding", "{font", ".push(", "===", "!==", "&&", "||",
    ];

    public static bool LooksLikeCode(string text)
    {
        if (text.Length < MinLength) return false;
        var symbols = 0;
        var semicolons = 0;
        var braces = 0;
        foreach (var ch in text)
        {
            switch (ch)
            {
                case ';': semicolons++; symbols++; break;
                case '{' or '}': braces++; symbols++; break;
                case '(' or ')' or '[' or ']' or '=': symbols++; break;
            }
        }
        // Code has statements (';') or blocks ('{'); a parenthesised aside alone is not enough.
        if (semicolons + braces == 0 || symbols < text.Length * MinCodeSymbolShare) return false;
        foreach (var idiom in CodeIdioms)
        {
            if (text.Contains(idiom, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
