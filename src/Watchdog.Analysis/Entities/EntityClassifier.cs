namespace Watchdog.Analysis.Entities;

/// <summary>
/// Decides a candidate's kind, first rule that applies:
/// 1. organisation: quoted, next to a legal form or organisation prefix, or holding an organisation word (Bank, министрлігі);
/// 2. location: the whole candidate is a gazetteer place, in any inflection;
/// 3. person: a title next to it, an initial, a first name, a patronymic or a surname ending;
/// 4. organisation: an acronym (НАТО, OSCE), or a Latin-script name in a Cyrillic text (brands: Kaspi, Google);
/// 5. person: two or three capitalised words nothing else explains (Elon Musk);
/// otherwise none — a lone unexplained capitalised word is left to <see cref="EntityExtractor"/>'s coreference.
/// </summary>
internal static class EntityClassifier
{
    private const int MaxUnexplainedNameWords = 3;

    public static (EntityKind Kind, string Key)? Classify(Candidate candidate, string language)
    {
        var words = candidate.Words;
        if (candidate.OrganizationCue || words.Any(w => EntityCues.OrganisationWords.Contains(w.Normal)))
            return (EntityKind.Organization, EntityKeys.Organization(words, language));
        if (LocationGazetteer.Find(candidate.Normals, language) is { } place) return (EntityKind.Location, place);
        if (IsPerson(candidate)) return (EntityKind.Person, EntityKeys.Person(words, language));
        if (words.Count == 1 && words[0].AllCaps) return (EntityKind.Organization, EntityKeys.Organization(words, language));
        if (words.All(w => w.IsLatin) && language is "ru" or "kk") return (EntityKind.Organization, EntityKeys.Organization(words, language));
        if (words.Count is > 1 and <= MaxUnexplainedNameWords) return (EntityKind.Person, EntityKeys.Person(words, language));
        return null;
    }

    /// <summary>Whether a capitalised word is a name whatever its place in the sentence: an initial, an acronym, a first name, a place.</summary>
    public static bool IsKnownWord(Word w, string language) =>
        w.IsInitial || w.AllCaps || PersonNames.IsFirstName(w) || LocationGazetteer.Find([w.Normal], language) is not null;

    public static bool IsPerson(Candidate candidate) =>
        candidate.PersonCue || candidate.Words.Any(w => w.IsInitial || PersonNames.IsFirstName(w) || PersonNames.IsPatronymic(w) || PersonNames.HasSurnameEnding(w));
}
