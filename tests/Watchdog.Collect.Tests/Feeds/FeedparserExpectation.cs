using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Watchdog.Collect.Feeds;

namespace Watchdog.Collect.Tests.Feeds;

/// <summary>
/// Translates the common shapes of feedparser's `Expect:` Python expressions into checks on our model.
/// Clauses naming fields we do not model (title_detail.base, itunes_*, where, …) are left unchecked. Titles are plain text
/// in our model (feedparser keeps their sanitised markup), so a title expectation is compared by its text: tags removed,
/// entities decoded, whitespace collapsed — `'<b>&amp;</b>'` maps onto a title that reads `&`.
/// </summary>
internal static partial class FeedparserExpectation
{
    /// <summary>One clause we could map: what it says and whether our result agrees.</summary>
    public sealed record Clause(string Text, bool Passed, string Actual);

    public static IReadOnlyList<Clause> Evaluate(string expression, ParsedFeed feed)
    {
        var clauses = new List<Clause>();
        foreach (var part in SplitAnd(expression))
        {
            var text = part.Trim();
            if (text == "bozo") clauses.Add(new Clause(text, !feed.WellFormed, $"WellFormed={feed.WellFormed}"));
            else if (text == "not bozo") clauses.Add(new Clause(text, feed.WellFormed, $"WellFormed={feed.WellFormed}; {string.Join(" | ", feed.Problems)}"));
            else if (Comparison().Match(text) is { Success: true } m && Lookup(feed, m) is { } actual)
            {
                var expected = m.Groups["str"].Success ? Unescape(m.Groups["str"].Value) : m.Groups["tuple"].Value;
                var passed = actual.IsPlainText
                    ? (actual.Value ?? "") == TextOf(expected)
                    : Matches(actual.Value, expected, m.Groups["tuple"].Success);
                clauses.Add(new Clause(text, passed, actual.Value ?? "<null>"));
            }
        }
        return clauses;
    }

    private static bool Matches(string? actual, string expected, bool isTuple) =>
        isTuple ? actual is not null && expected.Replace(" ", "", StringComparison.Ordinal).StartsWith(actual, StringComparison.Ordinal) : actual == expected;

    /// <param name="IsPlainText">The field is plain text in our model: compare with the text of the expected markup.</param>
    private sealed record Found(string? Value, bool IsPlainText = false);

    /// <summary>The text of feedparser's (already sanitised) markup, as a reader sees it. Deliberately not the parser's own code.</summary>
    private static string TextOf(string markup) =>
        Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(markup, "<[^>]*>", "")), "[ \t\r\n]+", " ").Trim();

    /// <summary>The value of the field the expression names, or null when that field has no counterpart in our model.</summary>
    private static Found? Lookup(ParsedFeed feed, Match m)
    {
        var keys = Keys().Matches(m.Groups["path"].Value).Select(k => k.Groups["k"].Value).ToList();
        var field = string.Join(".", keys);
        if (m.Groups["scope"].Value == "feed")
        {
            return field switch
            {
                "title" or "title_detail.value" => new(feed.Title, IsPlainText: true),
                "link" => new(feed.Link?.AbsoluteUri),
                "subtitle" or "tagline" or "subtitle_detail.value" or "tagline_detail.value" => new(feed.Description),
                _ => null,
            };
        }
        var index = int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture);
        var item = index < feed.Items.Count ? feed.Items[index] : null;
        return field switch
        {
            "title" or "title_detail.value" => new(item?.Title, IsPlainText: true),
            "link" => new(item?.Link?.AbsoluteUri),
            "id" => new(item?.Id),
            "summary" or "summary_detail.value" => new(item?.Summary),
            "content.0.value" => new(item?.Content),
            "author" or "author_detail.name" => new(First(item?.Authors)),
            "published_parsed" or "issued_parsed" => new(Tuple(item?.Published)),
            "updated_parsed" or "modified_parsed" => new(Tuple(item?.Updated)),
            "enclosures.0.href" or "enclosures.0.url" => new(First(item?.Enclosures)?.Url.AbsoluteUri),
            "enclosures.0.type" => new(First(item?.Enclosures)?.Type),
            "enclosures.0.length" => new(First(item?.Enclosures)?.Length?.ToString(CultureInfo.InvariantCulture)),
            "tags.0.term" => new(First(item?.Categories)),
            _ => null,
        };
    }

    private static T? First<T>(IReadOnlyList<T>? list) where T : class => list is { Count: > 0 } ? list[0] : null;

    /// <summary>Python's time tuple prefix (year, month, day, hour, minute, second) in UTC.</summary>
    private static string? Tuple(DateTimeOffset? date) =>
        date is { } d ? FormattableString.Invariant($"({d.UtcDateTime.Year},{d.UtcDateTime.Month},{d.UtcDateTime.Day},{d.UtcDateTime.Hour},{d.UtcDateTime.Minute},{d.UtcDateTime.Second},") : null;

    private static IEnumerable<string> SplitAnd(string expression)
    {
        var start = 0;
        char? quote = null;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (quote is not null)
            {
                if (c == '\\') i++;
                else if (c == quote) quote = null;
            }
            else if (c is '\'' or '"') quote = c;
            else if (string.CompareOrdinal(expression, i, " and ", 0, 5) == 0)
            {
                yield return expression[start..i];
                start = i + 5;
                i += 4;
            }
        }
        yield return expression[start..];
    }

    private static string Unescape(string literal)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 >= literal.Length)
            {
                sb.Append(literal[i]);
                continue;
            }
            var e = literal[++i];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'x' when i + 2 < literal.Length: sb.Append((char)Convert.ToInt32(literal.Substring(i + 1, 2), 16)); i += 2; break;
                case 'u' when i + 4 < literal.Length: sb.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16)); i += 4; break;
                case 'U' when i + 8 < literal.Length: sb.Append(char.ConvertFromUtf32(Convert.ToInt32(literal.Substring(i + 1, 8), 16))); i += 8; break;
                default: sb.Append(e); break;
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex("""^\(?(?<scope>feed|entries\[(?<index>\d+)\])(?<path>(?:\[(?:'[a-z_]+'|\d+)\])+)\)?\s*==\s*(?:u?'(?<str>(?:[^'\\]|\\.)*)'|u?"(?<str>(?:[^"\\]|\\.)*)"|(?<tuple>\([\d, ]+\)))\)?$""")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\[(?:'(?<k>[a-z_]+)'|(?<k>\d+))\]")]
    private static partial Regex Keys();
}
