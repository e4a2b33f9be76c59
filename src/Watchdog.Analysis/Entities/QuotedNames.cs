namespace Watchdog.Analysis.Entities;

/// <summary>
/// Names in quotes, the way Russian and Kazakh (and often English) news writes organisations: ТОО «Казахтелеком»,
/// партия «Аманат», "Kaspi Bank". Quotes also hold speech, so a quote counts only when it is short and looks like a name.
/// </summary>
internal static class QuotedNames
{
    /// <summary>At most this many words: a longer quote is speech or a title of a work.</summary>
    public const int MaxWords = 4;

    private static readonly Dictionary<char, char> Closing = new() { ['«'] = '»', ['“'] = '”', ['„'] = '“', ['"'] = '"' };

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<Word> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!Closing.TryGetValue(text[i], out var close)) { i++; continue; }
            var end = text.IndexOf(close, i + 1);
            if (end < 0) yield break;
            var inside = words.Where(w => w.Start > i && w.End <= end).ToList();
            if (LooksLikeName(text, i, end, inside, words)) yield return new Candidate(inside, PersonCue: false, OrganizationCue: true);
            i = end + 1;
        }
    }

    private static bool LooksLikeName(string text, int open, int close, List<Word> inside, IReadOnlyList<Word> words)
    {
        if (inside.Count is 0 or > MaxWords || !inside[0].Capitalised) return false;
        if (text[(open + 1)..close].IndexOfAny(['.', '!', '?', ',', ':', ';', '«', '"', '“']) >= 0) return false;
        var before = inside[0].Index > 0 ? words[inside[0].Index - 1] : null;
        var after = inside[^1].Index + 1 < words.Count ? words[inside[^1].Index + 1] : null;
        if (IsOrganizationCue(before) || IsOrganizationCue(after)) return true;
        // Without a cue, a name is capitalised throughout, as speech rarely is.
        return inside.All(w => w.Capitalised || char.IsDigit(w.Surface[0]));
    }

    private static bool IsOrganizationCue(Word? word) => word is not null
        && (EntityCues.LegalForms.Contains(word.Normal) || EntityCues.OrganisationPrefixes.Contains(word.Normal) || EntityCues.OrganisationWords.Contains(word.Normal));
}
