namespace Watchdog.Extract.Scoring;

/// <summary>
/// Headings that open a section which is not the article: a comment thread ("Comments (12)",
/// "19 thoughts on …", "Комментарии", "Пікірлер") or a list of other stories ("Related stories",
/// "Читайте также", "Тағы оқыңыз"), in English, Russian and Kazakh. As data, matched on the heading's
/// words with counts and punctuation taken out.
/// </summary>
public static class SectionHeadings
{
    /// <summary>
    /// A section heading is a label of a few words; a longer heading that starts with one of these
    /// phrases ("Related: Senate passes the bill", "Comments from the minister on …") is a headline.
    /// </summary>
    public const int MaxWords = 6;

    /// <summary>Longest heading considered at all, post titles after "thoughts on" included.</summary>
    public const int MaxLength = 160;

    /// <summary>Phrases a comment section's heading starts with (after counts and punctuation are removed).</summary>
    public static readonly string[] CommentPhrases =
    [
        "comments", "reader comments", "responses", "replies", "leave a reply", "leave a comment", "post a comment",
        "add a comment", "add comment", "join the discussion", "join the conversation",
        "комментарии", "комментариев", "комментария", "оставить комментарий", "добавить комментарий", "оставьте комментарий",
        "ваш комментарий", "обсуждение", "отзывы", "пікірлер", "пікір қалдыру", "пікір жазу", "пікір қосу",
    ];

    /// <summary>Phrases a heading of other stories starts with.</summary>
    public static readonly string[] OtherStoriesPhrases =
    [
        "related", "read also", "also read", "read more", "read next", "more stories", "more from", "more news",
        "more on this story", "more on this topic", "more articles", "you may also like", "you might also like", "you may like", "you might like",
        "recommended", "most read", "most popular", "most viewed", "popular", "trending", "latest news", "latest stories",
        "other news", "see also", "don't miss", "further reading", "top stories", "editor's picks",
        "читайте также", "читайте еще", "читайте ещё", "читать также", "похожие", "новости по теме", "материалы по теме",
        "по теме", "другие новости", "еще по теме", "ещё по теме", "популярное", "самое читаемое", "самое популярное",
        "последние новости", "рекомендуем", "смотрите также", "лента новостей", "новости партнеров", "новости партнёров",
        "тағы оқыңыз", "сондай-ақ оқыңыз", "оқи отырыңыз", "ұқсас жаңалықтар", "ұқсас материалдар", "тақырыпқа қатысты",
        "тақырып бойынша", "басқа жаңалықтар", "соңғы жаңалықтар", "көп оқылған", "танымал",
    ];

    /// <summary>
    /// Comment headings that go on with the post's title ("19 thoughts on “…”", "3 комментария к записи …"),
    /// whatever its length; they start with the count, which a subheading such as "Thoughts on the budget" does not.
    /// </summary>
    public static readonly string[] TitledCommentPhrases =
    [
        "thoughts on", "thought on", "responses to", "response to", "replies to", "reply to", "comments on", "comment on",
        "комментарии к", "комментариев к", "комментария к", "комментарий к", "пікір", "пікірлер",
    ];

    /// <summary>Counts written as words at the start of a titled comment heading ("One thought on …").</summary>
    private static readonly string[] CountWords = ["one", "один", "одна", "бір"];

    /// <summary>
    /// A one-word phrase ("Popular", "Comments", "Related") heads a section only when the heading is that word
    /// and at most one more ("Related stories"); "Popular uprising spreads south" is a subheading.
    /// </summary>
    public const int MaxWordsAfterSingleWordPhrase = 1;

    private static readonly string[] AllPhrases = [.. CommentPhrases, .. OtherStoriesPhrases];

    /// <summary>Whether the heading text labels a comment thread or a list of other stories.</summary>
    public static bool OpensOtherSection(string heading)
    {
        if (heading.Length > MaxLength || heading.Contains(':', StringComparison.Ordinal)) return false;
        var words = Words(heading);
        if (words.Length == 0) return false;
        if (StartsWithCount(heading, words, out var rest) && StartsWith(rest, TitledCommentPhrases) is not null) return true;
        if (words.Length > MaxWords || StartsWith(string.Join(' ', words), AllPhrases) is not { } phrase) return false;
        return phrase.Contains(' ', StringComparison.Ordinal) || words.Length <= 1 + MaxWordsAfterSingleWordPhrase;
    }

    // "19 thoughts on …" (the digits are not among the words) or "One thought on …"; rest is the heading after the count.
    private static bool StartsWithCount(string heading, string[] words, out string rest)
    {
        var trimmed = heading.TrimStart();
        if (trimmed.Length > 0 && char.IsDigit(trimmed[0]))
        {
            rest = string.Join(' ', words);
            return true;
        }
        var counted = Array.IndexOf(CountWords, words[0]) >= 0;
        rest = counted ? string.Join(' ', words.Skip(1)) : "";
        return counted;
    }

    private static string? StartsWith(string normalised, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (normalised.StartsWith(phrase, StringComparison.Ordinal)
                && (normalised.Length == phrase.Length || normalised[phrase.Length] == ' ')) return phrase;
        }
        return null;
    }

    // Lower-cased words of letters (and apostrophes), digits and punctuation dropped: "19 Comments" → ["comments"].
    private static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetter(ch) || ch is '\'' or '’' or '-' && word.Length > 0)
            {
                word.Append(ch == '’' ? '\'' : char.ToLowerInvariant(ch));
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return [.. words];
    }
}
