using Watchdog.Analysis.Morphology.Names;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// Finds the people, organisations and places a Russian, Kazakh or English text names, by rules (no model):
/// 1. quoted names (ТОО «Казахтелеком», "Kaspi Bank") are organisations (<see cref="QuotedNames"/>);
/// 2. runs of capitalised words and initials are cut into candidates at titles and legal forms, a capital that only
///    opens a sentence is dropped unless the word is known or capitalised elsewhere in the text (<see cref="NameRuns"/>);
/// 3. a place the gazetteer knows at the start of a candidate is split off (В Астане Токаев → Астане, Токаев);
/// 4. each candidate gets a kind and a key (<see cref="EntityClassifier"/>, <see cref="EntityKeys"/>);
/// 5. a lone word that is the last word of a person named in full in the same text is that person (Tokayev after
///    Kassym-Jomart Tokayev), and a person named by surname only takes the full name's key.
/// Pure and thread-safe; mentions come in text order and never overlap.
/// </summary>
public static class EntityExtractor
{
    /// <param name="language">ISO 639-1 code of the text (ru, kk, en); others are read with no stemming.</param>
    public static IReadOnlyList<EntityMention> Extract(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        language ??= "";
        var words = WordReader.Read(text);
        var quoted = QuotedNames.Find(text, words).ToList();
        var taken = quoted.SelectMany(c => c.Words).Select(w => w.Index).ToHashSet();
        // Name keys, so Токаев opening a sentence is kept when Токаева is written with a capital inside one.
        var capitalisedInside = words.Where(w => w.Capitalised && !w.StartsSentence).Select(w => NameNormalizer.Normalize(w.Normal)).ToHashSet();
        var runs = NameRuns.Find(words, language, taken,
            w => capitalisedInside.Contains(NameNormalizer.Normalize(w.Normal)) || EntityClassifier.IsKnownWord(w, language)).ToList();

        var found = new List<(Candidate Candidate, EntityKind? Kind, string Key)>();
        foreach (var candidate in quoted.Concat(runs.SelectMany(c => SplitPlaces(c, language))))
        {
            var classified = EntityClassifier.Classify(candidate, language);
            found.Add((candidate, classified?.Kind, classified?.Key ?? ""));
        }
        return [.. ResolveWithinText(found, language).OrderBy(m => m.Start)];
    }

    // A place next to a name inside one run is split off: Астане Токаев, Тоқаев Түркістан. Before an organisation's
    // name only an inflected place is (Астанада Еуразиялық экономикалық одақтың…): Қазақстан Республикасы Денсаулық
    // сақтау министрлігі is one name.
    private static IEnumerable<Candidate> SplitPlaces(Candidate candidate, string language)
    {
        var words = candidate.Words;
        if (LocationGazetteer.Find(candidate.Normals, language) is not null) return [candidate];
        var organization = candidate.OrganizationCue || words.Any(w => EntityCues.OrganisationWords.Contains(w.Normal));
        for (var n = Math.Min(LocationGazetteer.MaxWords, words.Count - 1); n >= 1; n--)
        {
            var place = words.Take(n).Select(w => w.Normal).ToList();
            if (LocationGazetteer.Find(place, language) is null || (organization && LocationGazetteer.IsListedSpelling(place))) continue;
            return [new Candidate([.. words.Take(n)], false, false), .. SplitPlaces(candidate with { Words = [.. words.Skip(n)] }, language)];
        }
        if (organization) return [candidate];
        for (var n = Math.Min(LocationGazetteer.MaxWords, words.Count - 1); n >= 1; n--)
        {
            if (LocationGazetteer.Find([.. words.TakeLast(n).Select(w => w.Normal)], language) is null) continue;
            return [candidate with { Words = [.. words.SkipLast(n)] }, new Candidate([.. words.TakeLast(n)], false, false)];
        }
        return [candidate];
    }

    private static IEnumerable<EntityMention> ResolveWithinText(List<(Candidate Candidate, EntityKind? Kind, string Key)> found, string language)
    {
        var fullNames = found.Where(f => f.Kind == EntityKind.Person && f.Key.Contains(' ')).Select(f => f.Key).Distinct().ToList();
        foreach (var (candidate, kind, key) in found)
        {
            var surface = Surface(candidate);
            if (kind is { } known && known != EntityKind.Person)
            {
                yield return new EntityMention(known, key, surface.Text, surface.Start, surface.Length);
                continue;
            }
            var personKey = kind is null ? EntityKeys.Person(candidate.Words, language) : key;
            if (personKey.Contains(' ') || personKey.Length == 0)
            {
                if (kind is not null) yield return new EntityMention(EntityKind.Person, personKey, surface.Text, surface.Start, surface.Length);
                continue;
            }
            var fuller = fullNames.Where(name => name.EndsWith(" " + personKey, StringComparison.Ordinal)).ToList();
            if (fuller.Count == 1) yield return new EntityMention(EntityKind.Person, fuller[0], surface.Text, surface.Start, surface.Length);
            else if (kind is not null) yield return new EntityMention(EntityKind.Person, personKey, surface.Text, surface.Start, surface.Length);
        }
    }

    private static (string Text, int Start, int Length) Surface(Candidate candidate)
    {
        var first = candidate.Words[0];
        var last = candidate.Words[^1];
        var text = string.Concat(candidate.Words.Select((w, i) => (i == 0 ? "" : w.GapBefore) + w.Surface));
        return (text, first.Start, last.End - first.Start);
    }
}
