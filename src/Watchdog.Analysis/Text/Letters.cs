namespace Watchdog.Analysis.Text;

internal static class Letters
{
    /// <summary>Whether the text has a letter (<see cref="char.IsLetter(char)"/>), without a delegate or a boxed enumerator as LINQ's Any over a string.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }
}
