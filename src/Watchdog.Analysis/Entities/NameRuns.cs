namespace Watchdog.Analysis.Entities;

/// <summary>
/// Finds runs of capitalised words (with initials and hyphenated parts) and cuts them into candidate names:
/// 1. a run is capitalised words separated by spaces or a hyphen only, or by the full stop of an initial;
///    "of" joins an English organisation's name (Ministry of Energy, Bank of America);
/// 2. titles (президент, Mr) and legal forms (ТОО, LLP) split the run and are left out, each a cue for its neighbours,
///    and so are capitalised common words (months, demonyms) and the lower-case title or legal form just before it;
/// 3. a capitalised word that only starts a sentence is dropped unless it is known or written with a capital elsewhere
///    in the text (the caller's keepSentenceStart), or begins an organisation's name (Министерство юстиции, Денсаулық
///    сақтау министрлігі; not Лидер партии: at least one word must come between it and the organisation word);
/// 4. in Russian and Kazakh, an organisation word joins the lower-case words that belong to it: Верховный суд, Жоғарғы соты,
///    Алматы қаласының әкімдігі (up to two words before it), Министерство иностранных дел (up to three after it).
/// </summary>
internal static class NameRuns
{
    private const int MaxWordsBeforeOrganisationWord = 2;
    private const int MaxWordsAfterOrganisationWord = 3;

    private static readonly string[] GenitiveEndings = ["ых", "их", "ого", "его", "ой", "ей", "ии", "ия", "ов", "ев", "ы", "и", "а", "я", "дел"];
    private static readonly string[] AdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ғы", "гі", "қы", "кі", "лық", "лік", "дық", "дік", "тық", "тік"];
    private static readonly string[] VerbEndings = ["л", "ла", "ло", "ли", "ет", "ит", "ут", "ют", "ат", "ят", "ся", "сь", "ть"];

    public static IEnumerable<Candidate> Find(IReadOnlyList<Word> words, string language, ISet<int> taken, Func<Word, bool> keepSentenceStart)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (taken.Contains(i) || !StartsName(words[i])) { i++; continue; }
            var run = new List<Word> { words[i] };
            var j = i + 1;
            while (j < words.Count && !taken.Contains(j) && Continues(words, run, j)) run.Add(words[j++]);
            foreach (var candidate in Split(words, run, language, keepSentenceStart)) yield return candidate;
            i = j;
        }
    }

    private static bool StartsName(Word w) => w.Capitalised || w.IsInitial;

    private static bool Continues(IReadOnlyList<Word> words, List<Word> run, int j)
    {
        var w = words[j];
        if (w.StartsSentence) return false;
        var gap = w.GapBefore;
        if (w.Capitalised && (IsSpace(gap) || gap is "-" or "‑" || ((run[^1].IsInitial || EntityCues.Abbreviations.Contains(run[^1].Normal)) && gap.Trim() == "."))) return true;
        // "of" inside an organisation's name: only between an organisation word and a capitalised word.
        return w.Normal == "of" && IsSpace(gap) && j + 1 < words.Count && words[j + 1].Capitalised && IsSpace(words[j + 1].GapBefore)
            && run.Any(r => EntityCues.OrganisationWords.Contains(r.Normal)) && !run.Any(r => r.Normal == "of");
    }

    private static bool IsSpace(string gap) => gap.Length > 0 && gap.All(c => c is ' ' or '\u00A0' or '\t');

    private static IEnumerable<Candidate> Split(IReadOnlyList<Word> words, List<Word> run, string language, Func<Word, bool> keepSentenceStart)
    {
        var before = run[0].Index > 0 && !run[0].StartsSentence && IsSpace(run[0].GapBefore) ? words[run[0].Index - 1] : null;
        var personNext = before is not null && EntityCues.PersonTitles.Contains(before.Normal);
        var organizationNext = before is not null && (EntityCues.LegalForms.Contains(before.Normal) || EntityCues.OrganisationPrefixes.Contains(before.Normal));
        var parts = new List<Candidate>();
        var current = new List<Word>();
        foreach (var w in run)
        {
            var title = !w.IsInitial && EntityCues.PersonTitles.Contains(w.Normal);
            var legal = !w.IsInitial && EntityCues.LegalForms.Contains(w.Normal);
            // «Казахтелеком» АҚ: the legal form belongs to the quoted name before it, not to the next words.
            var afterQuote = legal && w.GapBefore.IndexOfAny(['»', '"', '”', '“']) >= 0;
            if (!title && !legal && !(w.IsLatin && EntityCues.CapitalisedCommonWords.Contains(w.Normal)))
            {
                current.Add(w);
                continue;
            }
            // A legal form after a name marks it too (Apple Inc, Kaspi Bank JSC).
            AddPart(words, language, parts, current, run[0], personNext, organizationNext || legal, keepSentenceStart);
            current = [];
            (personNext, organizationNext) = (title, legal && !afterQuote);
        }
        AddPart(words, language, parts, current, run[0], personNext, organizationNext, keepSentenceStart);
        return parts;
    }

    // The sentence-start rule runs after the extension, so an organisation's name that opens a sentence
    // (Денсаулық сақтау министрлігі, Министерство юстиции) is kept, and a lone organisation word (Партия …) is not.
    private static void AddPart(
        IReadOnlyList<Word> words, string language, List<Candidate> parts, List<Word> part, Word runStart, bool person, bool organization, Func<Word, bool> keepSentenceStart)
    {
        if (part.Count == 0) return;
        var candidate = Extend(words, language, new Candidate(part, person, organization));
        var opensSentence = part[0] == runStart && runStart.StartsSentence && !keepSentenceStart(runStart);
        if (opensSentence && !BeginsOrganisationName(part, candidate))
        {
            if (part.Count == 1) return;
            candidate = Extend(words, language, new Candidate(part[1..], person, organization));
        }
        parts.Add(candidate);
    }

    // English capitalises every word of an organisation's name, so only Russian and Kazakh names are extended.
    // An opener begins an organisation's name when it is an organisation word with words after it (Министерство юстиции),
    // an adjective before one (Жоғарғы сот, Верховный суд), or when another word comes between them (Денсаулық сақтау
    // министрлігі, Kaspi Bank's capital Bank). "Лидер партии" — a noun, then the word — is no name.
    private static bool BeginsOrganisationName(List<Word> part, Candidate candidate)
    {
        var words = candidate.Words;
        if (words.Count < 2) return false;
        if (EntityCues.OrganisationWords.Contains(part[0].Normal)) return true;
        if (part.Skip(1).Any(w => EntityCues.OrganisationWords.Contains(w.Normal))) return true;
        if (part.Count > 1) return false; // Бүгін Денсаулық сақтау министрлігі: the name starts after the opener
        if (EntityCues.OrganisationWords.Contains(words[1].Normal)) return AdjectiveEndings.Any(part[0].Normal.EndsWith);
        return words.Skip(2).Any(w => EntityCues.OrganisationWords.Contains(w.Normal));
    }

    private static Candidate Extend(IReadOnlyList<Word> words, string language, Candidate candidate)
    {
        if (language is not ("ru" or "kk")) return candidate;
        var last = candidate.Words[^1].Index;
        // A name, up to two lower-case words, then an organisation word: Верховный суд, Алматы қаласының әкімдігі.
        for (var n = 1; n <= MaxWordsBeforeOrganisationWord + 1 && last + n < words.Count; n++)
        {
            var next = words[last + n];
            if (next.Capitalised || !IsSpace(next.GapBefore) || LooksLikeVerb(next.Normal)) break;
            if (EntityCues.OrganisationWords.Contains(next.Normal))
                return candidate with { Words = [.. candidate.Words, .. words.Skip(last + 1).Take(n)], OrganizationCue = true };
        }
        if (language != "ru" || !EntityCues.OrganisationWords.Contains(candidate.Words[^1].Normal) || candidate.Words[^1].IsLatin) return candidate;
        var added = words.Skip(last + 1).Take(MaxWordsAfterOrganisationWord)
            .TakeWhile(w => !w.Capitalised && IsSpace(w.GapBefore) && LooksGenitive(w.Normal)).ToList();
        return added.Count == 0 ? candidate : candidate with { Words = [.. candidate.Words, .. added] };
    }

    private static bool LooksGenitive(string word) =>
        word.Length > 2 && GenitiveEndings.Any(word.EndsWith) && !LooksLikeVerb(word);

    // Russian past and present verb endings: "Слова Токаева привело агентство" is no organisation's name.
    private static bool LooksLikeVerb(string word) => VerbEndings.Any(word.EndsWith);
}
