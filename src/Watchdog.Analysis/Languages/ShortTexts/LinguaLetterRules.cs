using Lingua;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// Lingua's two letter rules, decided exactly as Lingua decides them (same tables, see <see cref="LinguaInternals"/>;
/// same ties and orders) over spans of the cleaned text: Lingua's own rules, called by reflection before, allocated a
/// string, closures and dictionaries per word (≈ 250 KB a page in a trace of the service). Everything a character votes
/// is looked up once here; a call allocates nothing but the few languages it returns. Thread-safe.
/// </summary>
internal sealed class LinguaLetterRules
{
    internal static readonly int LanguageCount = Enum.GetValues<Language>().Max(language => (int)language) + 1;

    private readonly LinguaScripts _scripts = LinguaScripts.Shared;
    private readonly Language[] _languages;
    private readonly bool[] _isDetected;

    /// <summary>Per character, an index into <see cref="_votes"/>: the languages the character alone speaks for.</summary>
    private readonly ushort[] _voteOf = new ushort[char.MaxValue + 1];
    private readonly List<Language[]> _votes = [[]];

    /// <summary>Per script of an alphabet, the detector's languages written in it (in the detector's order); null for other scripts.</summary>
    private readonly Language[]?[] _languagesOfScript = new Language[]?[LinguaScripts.Count];

    private readonly LettersOfFewLanguages _fewLanguages;

    /// <param name="detector">The Lingua detector whose rules to apply (its languages, in its order).</param>
    public LinguaLetterRules(Lingua.LanguageDetector detector)
    {
        _languages = [.. detector.Languages];
        _isDetected = new bool[LanguageCount];
        foreach (var language in _languages) _isDetected[(int)language] = true;

        var alphabetScripts = LinguaInternals.AlphabetScripts();
        // An alphabet is told by its script here: two alphabets of one script would need Lingua's order of alphabets.
        if (alphabetScripts.Distinct().Count() != alphabetScripts.Count) throw new InvalidOperationException("Lingua has two alphabets of one script: LinguaLetterRules must follow it");
        foreach (var script in alphabetScripts) _languagesOfScript[(int)script] = [];
        foreach (var language in _languages)
        {
            foreach (var script in LinguaInternals.AlphabetScriptsOf(language))
            {
                _languagesOfScript[(int)script] = [.. _languagesOfScript[(int)script] ?? [], language];
            }
        }
        FillVotes(detector);
        _fewLanguages = new LettersOfFewLanguages(_languagesOfScript);
    }

    /// <returns>
    /// The language the letters alone tell (Lingua's <c>DetectLanguageWithRules</c>): each word votes for the one
    /// language most of its letters belong to only, and the text goes to the one language most words vote for, unless
    /// half its words tell nothing. <see cref="Language.Unknown"/> when they do not tell.
    /// </returns>
    public Language LanguageByRules(ReadOnlySpan<char> cleanedText)
    {
        Span<int> textVotes = stackalloc int[LanguageCount];
        Span<int> wordVotes = stackalloc int[LanguageCount];
        Span<Language> wordLanguages = stackalloc Language[LanguageCount];
        var words = 0;
        foreach (var word in new LinguaWords(cleanedText, _scripts))
        {
            words++;
            var voted = 0;
            foreach (var c in word)
            {
                foreach (var language in _votes[_voteOf[c]])
                {
                    if (wordVotes[(int)language]++ == 0) wordLanguages[voted++] = language;
                }
            }
            var winner = UniqueMost(wordVotes, wordLanguages[..voted]);
            textVotes[(int)(winner is { } won && _isDetected[(int)won] ? won : Language.Unknown)]++;
            foreach (var language in wordLanguages[..voted]) wordVotes[(int)language] = 0;
        }

        // Words that tell nothing count only when they are half the words or more.
        if (textVotes[(int)Language.Unknown] < 0.5 * words) textVotes[(int)Language.Unknown] = 0;
        Span<Language> votedFor = stackalloc Language[LanguageCount];
        var count = 0;
        for (var language = 0; language < LanguageCount; language++)
        {
            if (textVotes[language] > 0) votedFor[count++] = (Language)language;
        }
        if (count == 2 && textVotes[(int)Language.Chinese] > 0 && textVotes[(int)Language.Japanese] > 0) return Language.Japanese;
        return UniqueMost(textVotes, votedFor[..count]) ?? Language.Unknown;
    }

    /// <returns>
    /// The languages the text's letters leave (Lingua's <c>FilterLanguagesByRules</c>), in the order Lingua gives them
    /// (its sums depend on it): those written in the alphabet most letters are in, narrowed to the languages whose
    /// special letters (as "ә" or "ñ") appear at least half as often as there are words, when any do.
    /// </returns>
    public IReadOnlyList<Language> LanguagesByRules(ReadOnlySpan<char> cleanedText)
    {
        Span<int> lettersOfScript = stackalloc int[LinguaScripts.Count];
        Span<UnicodeScript> scriptsSeen = stackalloc UnicodeScript[LinguaScripts.Count];
        Span<int> wordsWithLetter = stackalloc int[_fewLanguages.LetterCount];
        Span<int> lastWordWithLetter = stackalloc int[_fewLanguages.LetterCount];
        var seen = 0;
        var words = 0;
        foreach (var word in new LinguaWords(cleanedText, _scripts))
        {
            words++;
            _fewLanguages.CountWord(word, words, wordsWithLetter, lastWordWithLetter);
            if (SingleScript(word) is not { } script || _languagesOfScript[(int)script] is null) continue;
            if (lettersOfScript[(int)script] == 0) scriptsSeen[seen++] = script;
            lettersOfScript[(int)script] += word.Length;
        }
        if (seen == 0 || (seen > 1 && AllEqual(lettersOfScript, scriptsSeen[..seen]))) return _languages;

        var mostUsed = scriptsSeen[0];
        foreach (var script in scriptsSeen[..seen])
        {
            if (lettersOfScript[(int)script] > lettersOfScript[(int)mostUsed]) mostUsed = script;
        }
        var ofAlphabet = _languagesOfScript[(int)mostUsed]!;
        var narrowed = _fewLanguages.LanguagesInHalfTheWords(mostUsed, wordsWithLetter, words);
        return narrowed.Count > 0 ? narrowed : ofAlphabet;
    }

    /// <summary>Per character, the languages it votes for, as Lingua's rules go through a word's characters.</summary>
    private void FillVotes(Lingua.LanguageDetector detector)
    {
        var oneLanguageAlphabets = LinguaInternals.OneLanguageAlphabets(detector);
        var withUniqueLetters = LinguaInternals.LanguagesWithUniqueCharacters(detector);
        var indexOfVote = new Dictionary<string, ushort>(StringComparer.Ordinal) { [string.Empty] = 0 };
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var script = _scripts.Script(c);
            var onlyLanguage = oneLanguageAlphabets.Where(pair => pair.Script == script).Select(pair => (Language?)pair.Language).FirstOrDefault();
            Language[] votes = onlyLanguage is { } only
                ? [only]
                : script switch
                {
                    UnicodeScript.Han => [Language.Chinese],
                    UnicodeScript.Hiragana or UnicodeScript.Katakana => [Language.Japanese],
                    UnicodeScript.Latin or UnicodeScript.Cyrillic or UnicodeScript.Devanagari =>
                        [.. withUniqueLetters.Where(language => language.UniqueCharacters()?.Contains(c, StringComparison.Ordinal) ?? false)],
                    _ => [],
                };
            var key = string.Join(',', votes);
            if (!indexOfVote.TryGetValue(key, out var index))
            {
                index = checked((ushort)_votes.Count);
                indexOfVote[key] = index;
                _votes.Add(votes);
            }
            _voteOf[c] = index;
        }
    }

    /// <returns>The script of every character of the word, or null when they are not all of one script.</returns>
    private UnicodeScript? SingleScript(ReadOnlySpan<char> word)
    {
        var script = _scripts.Script(word[0]);
        foreach (var c in word[1..])
        {
            if (_scripts.Script(c) != script) return null;
        }
        return script;
    }

    /// <returns>The one candidate with the most votes; null when there is none or two share the most (Lingua's stable sort then compares equal counts).</returns>
    private static Language? UniqueMost(ReadOnlySpan<int> votes, ReadOnlySpan<Language> candidates)
    {
        Language? most = null;
        var mostVotes = 0;
        var tied = false;
        foreach (var language in candidates)
        {
            var count = votes[(int)language];
            if (count > mostVotes)
            {
                (most, mostVotes, tied) = (language, count, false);
            }
            else if (count == mostVotes)
            {
                tied = true;
            }
        }
        return tied ? null : most;
    }

    private static bool AllEqual(ReadOnlySpan<int> lettersOfScript, ReadOnlySpan<UnicodeScript> scripts)
    {
        foreach (var script in scripts[1..])
        {
            if (lettersOfScript[(int)script] != lettersOfScript[(int)scripts[0]]) return false;
        }
        return true;
    }
}
