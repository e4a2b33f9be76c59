using Watchdog.Analysis.Entities.Tagging;

namespace Watchdog.Analysis.Entities;

/// <summary>
/// Finds the people, organisations and places a Russian, Kazakh or English text names:
/// 1. the text is cut into sentences and tokens (<see cref="TextTokenizer"/>) and tagged by the trained model of its
///    language (<see cref="EntityTagger"/>);
/// 2. each tagged span loses the titles, legal forms and punctuation at its edges (президент, ТОО, «»), and a span
///    left with no name in it is dropped (<see cref="MentionFilter"/>: a lone letter, a currency code, a common word);
/// 3. each mention gets its key (<see cref="EntityKeys"/>);
/// 4. a capitalised word left untagged that is the surname of a person tagged elsewhere in the text is that person;
/// 5. a surname written alone takes the key of the one person of that surname named in full in the same text
///    (Tokayev after Kassym-Jomart Tokayev).
/// Texts in other languages have no entities. Pure and thread-safe; mentions come in text order and never overlap.
/// </summary>
public static class EntityExtractor
{
    /// <summary>A text's remembered scores, kept per thread and cleared for each text: a news text fills thousands of entries, which a new instance grew to each time.</summary>
    [ThreadStatic]
    private static OwnFeatureScores? t_ownScores;

    /// <summary>A thread keeps the scores of a text of up to this many distinct words (≈ 250 KB); a longer text's are let go, so a few huge texts do not hold memory on every thread.</summary>
    private const int KeptScoresWords = 4096;

    /// <param name="language">ISO 639-1 code of the text; only ru, kk and en have a model.</param>
    public static IReadOnlyList<EntityMention> Extract(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!EntityTagger.Supports(language)) return [];
        var tagger = EntityTagger.For(language);
        var mentions = new List<EntityMention>();
        var tagged = new List<(IReadOnlyList<TextToken> Sentence, string[] Tags)>();
        var ownScores = t_ownScores ??= new OwnFeatureScores();
        ownScores.Clear();
        foreach (var sentence in TextTokenizer.Sentences(text))
        {
            var tokens = sentence.Select(t => t.Text).ToList();
            var tags = tagger.Tag(tokens, ownScores);
            tagged.Add((sentence, tags));
            foreach (var span in TaggedSpan.FromTags(tags))
            {
                if (EntityLabels.KindOf(span.Type) is not { } kind) continue;
                if (MentionFilter.Trim(sentence, span.Start, span.End, kind) is not var (start, end)) continue;
                var words = tokens.GetRange(start, end - start);
                var key = EntityKeys.Of(kind, words, language);
                if (key.Length == 0) continue;
                var first = sentence[start];
                mentions.Add(new EntityMention(kind, key, text[first.Start..sentence[end - 1].End], first.Start, sentence[end - 1].End - first.Start));
            }
        }
        if (ownScores.Count > KeptScoresWords) t_ownScores = null;
        mentions.AddRange(SurnamesTaggedElsewhere(text, tagged, mentions, language));
        return ResolveSurnames([.. mentions.OrderBy(m => m.Start)]);
    }

    // Step 4: a capitalised word the tagger left out that is, inflection and script aside, the surname of a person it
    // tagged elsewhere in the text (Токаеву in a headline, "Аким сообщил Токаеву" below) is that person too.
    private static IEnumerable<EntityMention> SurnamesTaggedElsewhere(
        string text, List<(IReadOnlyList<TextToken> Sentence, string[] Tags)> tagged, List<EntityMention> mentions, string language)
    {
        var surnames = mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Key[(m.Key.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0) yield break;
        // Capitalised words repeat (sentence openers, the same names): each one's key is worked out once per text.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (sentence, tags) in tagged)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var token = sentence[i];
                if (tags[i] != EntityLabels.Outside || token.Text.Length < MinPropagatedLength || !char.IsUpper(token.Text[0]) || !token.Text.All(char.IsLetter)) continue;
                if (!keys.TryGetValue(token.Text, out var key)) keys[token.Text] = key = EntityKeys.Person([token.Text], language);
                if (surnames.Contains(key)) yield return new EntityMention(EntityKind.Person, key, token.Text, token.Start, token.Text.Length);
            }
        }
    }

    /// <summary>Shorter capitalised words (Ли, Ан, Ким) are too often something else to take a person's tag from elsewhere.</summary>
    private const int MinPropagatedLength = 4;

    // "Tokayev" after "Kassym-Jomart Tokayev": a one-word person key that is the surname of exactly one full key.
    private static IReadOnlyList<EntityMention> ResolveSurnames(List<EntityMention> mentions)
    {
        var fullBySurname = PersonKeys.FullKeysBySurname(mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Key));
        return [.. mentions.Select(m => m.Kind == EntityKind.Person && fullBySurname.TryGetValue(m.Key, out var full) ? m with { Key = full } : m)];
    }
}
