using System.Text.RegularExpressions;

namespace Watchdog.Extract.Dates;

/// <summary>Dates that news sites put in article paths: /2024/03/12/, /2024-03-12-, /20240312/.</summary>
public static partial class UrlDate
{
    public static DateTimeOffset? Find(Uri url)
    {
        var match = PathDate().Match(url.AbsolutePath);
        if (!match.Success) return null;
        return DateText.Build(int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})[/\-_]?(?<m>[01]\d)[/\-_]?(?<d>[0-3]\d)(?![\d])")]
    private static partial Regex PathDate();
}
