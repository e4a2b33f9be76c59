using System.Text.RegularExpressions;

namespace Watchdog.Collect.Fetching;

/// <summary>Hides API tokens that some platforms take in the query string (VK's access_token), so logs never hold them.</summary>
public static partial class SecretQuery
{
    public static string Redact(Uri url) => TokenParameter().Replace(url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString, "$1=…");

    [GeneratedRegex(@"([?&](?:access_token|api_key|token))=[^&#]*", RegexOptions.IgnoreCase)]
    private static partial Regex TokenParameter();
}
