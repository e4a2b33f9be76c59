using Watchdog.Analysis.Entities;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// What Watchdog's hand-written lists say about one word, as features for the tagger (the lists no longer decide
/// anything on their own: the trained weights say how much each cue is worth in each language).
/// </summary>
[Flags]
internal enum TokenCues
{
    None = 0,
    /// <summary>A place <see cref="LocationGazetteer"/> knows, in any inflection (Алматыда, Қазақстанның).</summary>
    Place = 1,
    FirstName = 2,
    /// <summary>A title or role (президент, министрі, Mr): the name after it is a person's.</summary>
    Title = 4,
    /// <summary>A word that belongs to organisations' names (министерство, университеті, Bank).</summary>
    OrganisationWord = 8,
    /// <summary>A legal form (ТОО, АҚ, LLP): the name next to it is an organisation's.</summary>
    LegalForm = 16,
    SurnameEnding = 32,
    Patronymic = 64,
    /// <summary>Before an organisation's name in Russian news (компания, партия, газета).</summary>
    OrganisationPrefix = 128,
}

internal static class TokenCueReader
{
    public static readonly TokenCues[] Each = Enum.GetValues<TokenCues>().Where(c => c != TokenCues.None).ToArray();

    /// <param name="normal">The word lower-cased and normalised (<see cref="Text.WordNormalizer"/>).</param>
    public static TokenCues Read(string normal, bool capitalised, string language)
    {
        var cues = TokenCues.None;
        if (!char.IsLetter(normal.Length > 0 ? normal[0] : ' ')) return cues;
        if (EntityCues.PersonTitles.Contains(normal)) cues |= TokenCues.Title;
        if (EntityCues.OrganisationWords.Contains(normal)) cues |= TokenCues.OrganisationWord;
        if (EntityCues.LegalForms.Contains(normal)) cues |= TokenCues.LegalForm;
        if (EntityCues.OrganisationPrefixes.Contains(normal)) cues |= TokenCues.OrganisationPrefix;
        // Name cues only on capitalised words: a lower-case "вера" or "mark" is a common word.
        if (!capitalised) return cues;
        if (EntityCues.FirstNames.Contains(normal)) cues |= TokenCues.FirstName;
        if (PersonNames.IsPatronymic(normal)) cues |= TokenCues.Patronymic;
        if (PersonNames.HasSurnameEnding(normal)) cues |= TokenCues.SurnameEnding;
        if (LocationGazetteer.Find([normal], language) is not null) cues |= TokenCues.Place;
        return cues;
    }
}
