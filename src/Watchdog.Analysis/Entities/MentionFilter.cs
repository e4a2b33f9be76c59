using Watchdog.Analysis.Entities.Tagging;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// Cleans a tagged span into a mention, or rejects it: titles, legal forms, quotes, punctuation and trailing particles
/// at its edges are not part of a name (президент Токаев → Токаев, ТОО «Казахтелеком» → Казахтелеком); a span with
/// no capitalised word, a single letter or a currency code names nothing a reader would count.
/// </summary>
internal static class MentionFilter
{
    /// <summary>Codes news prints in capitals beside amounts; the tagger can take them for acronyms of organisations.</summary>
    private static readonly HashSet<string> CurrencyAndUnitCodes =
        ["usd", "eur", "kzt", "rub", "cny", "gbp", "jpy", "chf", "try", "uah", "kgs", "uzs", "byn", "btc", "ндс", "ввп", "gdp", "vat", "тг", "млн", "млрд", "трлн"];

    /// <summary>Particles and endings written apart after a name: English 's, Kazakh да/де/та/те (also), ғой, ма/ме (question).</summary>
    private static readonly HashSet<string> TrailingParticles = ["'s", "’s", "да", "де", "та", "те", "ғой", "қой", "ма", "ме", "ба", "бе", "па", "пе"];

    public static (int Start, int End)? Trim(IReadOnlyList<TextToken> tokens, int start, int end, EntityKind kind)
    {
        while (start < end && IsEdgeNoise(tokens[start].Text, kind)) start++;
        while (end > start && (IsEdgeNoise(tokens[end - 1].Text, kind) || TrailingParticles.Contains(tokens[end - 1].Text.ToLowerInvariant()))) end--;
        if (start == end) return null;
        var words = tokens.Skip(start).Take(end - start).Select(t => t.Text).ToList();
        if (!words.Any(w => char.IsUpper(w[0]))) return null;
        if (words.Count == 1 && (words[0].Count(char.IsLetter) < 2 || CurrencyAndUnitCodes.Contains(words[0].ToLowerInvariant()))) return null;
        return (start, end);
    }

    private static bool IsEdgeNoise(string token, EntityKind kind)
    {
        if (!token.Any(char.IsLetterOrDigit)) return true;
        var normal = token.ToLowerInvariant();
        return kind switch
        {
            EntityKind.Person => EntityCues.PersonTitles.Contains(normal),
            EntityKind.Organization => EntityCues.LegalForms.Contains(normal) || EntityCues.OrganisationPrefixes.Contains(normal) && !char.IsUpper(token[0]),
            _ => false,
        };
    }
}
