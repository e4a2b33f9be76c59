using Watchdog.Analysis.Entities.Tagging;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// Cleans a tagged span into a mention, or rejects it: titles, legal forms, quotes, punctuation and trailing particles
/// at its edges are not part of a name (президент Токаев → Токаев, ТОО «Казахтелеком» → Казахтелеком); a span with
/// no capitalised word, or one word that is no name alone (a letter, a currency code, a demonym, a generic word such as
/// University or Компания), names nothing a reader would count.
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
        if (words.Count == 1 && IsNoNameAlone(words[0].ToLowerInvariant())) return null;
        return (start, end);
    }

    // A word that is not a name on its own: a lone letter, a currency code, a demonym or month (Russian, May), or a generic
    // word that only belongs to names (University, Компания, президент) — capitalised here because it opens a sentence.
    private static bool IsNoNameAlone(string normal) =>
        normal.Count(char.IsLetter) < 2 || CurrencyAndUnitCodes.Contains(normal) || EntityCues.CapitalisedCommonWords.Contains(normal)
        || EntityCues.OrganisationWords.Contains(normal) || EntityCues.OrganisationPrefixes.Contains(normal) || EntityCues.PersonTitles.Contains(normal)
        || EntityCues.LegalForms.Contains(normal);

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
