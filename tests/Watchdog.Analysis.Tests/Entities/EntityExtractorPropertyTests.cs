using FsCheck;
using FsCheck.Xunit;
using Watchdog.Analysis.Entities;

namespace Watchdog.Analysis.Tests.Entities;

public class EntityExtractorPropertyTests
{
    // Texts made of name-like pieces and punctuation, so runs, quotes, initials and titles all occur.
    private static readonly string[] Pieces =
    [
        "Токаев", "Тоқаевтың", "И.", "О.", "J.", "Smith", "«", "»", "\"", "ТОО", "Kaspi", "Bank", "министрлігі", "Денсаулық",
        "президент", "Mr.", "Алматы", "of", "Ministry", "the", ".", ",", "-", " ", " ", "\n", "банк", "Верховный", "суд", "'s", "A",
    ];

    private static string TextOf(int[] picks) => string.Join(" ", (picks ?? []).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)]));

    private static bool SpansAreSound(string text, string language)
    {
        var mentions = EntityExtractor.Extract(text, language);
        return mentions.All(m => m.Start >= 0 && m.Length > 0 && m.End <= text.Length && text.Substring(m.Start, m.Length) == m.Surface)
            && !mentions.Zip(mentions.Skip(1)).Any(pair => pair.Second.Start < pair.First.End);
    }

    [Property(MaxTest = 300)]
    public bool Mentions_of_name_like_text_lie_within_it_match_it_and_never_overlap(int[] picks) =>
        new[] { "ru", "kk", "en" }.All(language => SpansAreSound(TextOf(picks), language));

    [Property(MaxTest = 300)]
    public bool Mentions_of_any_text_lie_within_it_match_it_and_never_overlap(NonNull<string> text) =>
        new[] { "ru", "kk", "en" }.All(language => SpansAreSound(text.Get, language));
}
