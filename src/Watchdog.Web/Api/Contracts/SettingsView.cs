namespace Watchdog.Web.Api.Contracts;

/// <summary>The answer of <c>GET /api/settings</c>.</summary>
/// <param name="Language">The language chosen for this request.</param>
/// <param name="TimeZone">The IANA id of the zone day buckets start in, or UTC.</param>
public sealed record SettingsView(string Language, string DefaultLanguage, IReadOnlyList<string> Languages, string TimeZone, int UtcOffsetMinutes);
