using Lingua;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// Lingua's script of every UTF-16 character and whether it is a logogram, looked up once for all 65,536 (Lingua finds
/// a script by a binary search per character; the rules read every character of every article). Thread-safe.
/// </summary>
internal sealed class LinguaScripts
{
    private static readonly Lazy<LinguaScripts> Instance = new(() => new LinguaScripts());

    private readonly UnicodeScript[] _scripts = new UnicodeScript[char.MaxValue + 1];
    private readonly bool[] _logograms = new bool[char.MaxValue + 1];

    private LinguaScripts()
    {
        var isLogogram = LinguaInternals.IsLogogram();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            _scripts[c] = ((char)c).GetScript();
            _logograms[c] = isLogogram((char)c);
        }
    }

    public static LinguaScripts Shared => Instance.Value;

    /// <summary>How many script values there are (scripts index arrays).</summary>
    public static int Count { get; } = Enum.GetValues<UnicodeScript>().Max(script => (int)script) + 1;

    public UnicodeScript Script(char c) => _scripts[c];

    public bool IsLogogram(char c) => _logograms[c];
}
