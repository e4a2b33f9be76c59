using System.Globalization;
using Watchdog.Core.Localization;
using Watchdog.Pipeline.Configuration;
using Watchdog.Query;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>
/// Turns the <c>reports:</c> settings into <see cref="ScheduledReport"/>s, or into problems that name the setting
/// (<c>Watchdog:Reports:0:At '7am' is not a time of day…</c>) for the start-up validation.
/// </summary>
public static class ScheduledReportParser
{
    /// <summary>Shorter periods make a near-empty report; longer ones exceed what a chart of hours can hold.</summary>
    public static readonly TimeSpan MinPeriod = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public sealed record Result(IReadOnlyList<ScheduledReport> Reports, IReadOnlyList<string> Problems);

    /// <param name="smtpConfigured">Whether <c>Watchdog:Alerts:Smtp:From</c> is set: reports e-mail through the alerts' SMTP server.</param>
    public static Result Parse(IReadOnlyList<ScheduledReportSettings> settings, bool smtpConfigured)
    {
        var reports = new List<ScheduledReport>();
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < settings.Count; i++)
        {
            var prefix = $"Watchdog:Reports:{i}";
            var found = new List<string>();
            var name = settings[i].Name?.Trim() ?? "";
            if (name.Length > 0 && !names.Add(name))
                found.Add($"{prefix}:Name '{name}' is used by another report; names must be unique (each keys its own 'last sent' state).");
            var report = ParseOne(settings[i], prefix, smtpConfigured, found);
            problems.AddRange(found);
            if (found.Count == 0) reports.Add(report);
        }
        return new Result(reports, problems);
    }

    private static ScheduledReport ParseOne(ScheduledReportSettings s, string prefix, bool smtpConfigured, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(s.Name)) problems.Add($"{prefix}:Name is empty; give each report a unique name.");
        var queries = Queries(s, prefix, problems);
        var every = Cadence(s.Every, prefix, problems);
        var at = TimeOfDay(s.At, prefix, problems);
        var day = WeekDay(s, every, prefix, problems);
        var period = Period(s.Period, every, prefix, problems);
        var bucket = Bucket(s.Bucket, every, prefix, problems);
        var format = Format(s.Format, prefix, problems);
        var webhook = Webhook(s.Webhook, prefix, problems);
        UiLanguage? language = null;
        if (!string.IsNullOrWhiteSpace(s.Language))
        {
            if (UiLanguages.TryParse(s.Language, out var parsed)) language = parsed;
            else problems.Add($"{prefix}:Language '{s.Language}' is not a report language; use en, ru or kk.");
        }
        Emails(s.Email, smtpConfigured, prefix, problems);
        if (s.Email.Count == 0 && string.IsNullOrWhiteSpace(s.Webhook))
            problems.Add($"{prefix} ('{s.Name}') has no recipient: set Email (a list of addresses) or Webhook (a URL).");
        // Kept only when no problem was found; built anyway so each setting is checked once, in one place.
        return new ScheduledReport(
            s.Name?.Trim() ?? "", string.IsNullOrWhiteSpace(s.Title) ? s.Name?.Trim() ?? "" : s.Title.Trim(), queries, new ReportSchedule(every, at, day),
            period, bucket, format, [.. s.Email.Select(e => e.Trim())], webhook, string.IsNullOrEmpty(s.Secret) ? null : s.Secret)
        {
            Language = language,
        };
    }

    private static List<ReportQuery> Queries(ScheduledReportSettings s, string prefix, List<string> problems)
    {
        if (s.Queries.Count == 0) problems.Add($"{prefix}:Queries is empty; give at least one {{ heading, query }}.");
        var queries = new List<ReportQuery>();
        for (var j = 0; j < s.Queries.Count; j++)
        {
            var text = s.Queries[j].Query?.Trim() ?? "";
            // An empty query is "all articles", as in on-demand reports; anything else must parse like a search or standing query.
            if (text.Length > 0 && !QueryParser.TryParse(text, out _, out var error))
                problems.Add($"{prefix}:Queries:{j}:Query '{text}' is not a valid query: {error!.Message}.");
            queries.Add(new ReportQuery(s.Queries[j].Heading?.Trim() ?? "", text));
        }
        return queries;
    }

    private static ReportCadence Cadence(string? text, string prefix, List<string> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "daily": return ReportCadence.Daily;
            case "weekly": return ReportCadence.Weekly;
            default:
                problems.Add($"{prefix}:Every '{text}' must be daily or weekly.");
                return ReportCadence.Daily;
        }
    }

    private static TimeOnly TimeOfDay(string? text, string prefix, List<string> problems)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return at;
        problems.Add($"{prefix}:At '{text}' is not a time of day; write HH:mm in UTC, e.g. \"07:00\".");
        return default;
    }

    private static DayOfWeek WeekDay(ScheduledReportSettings s, ReportCadence every, string prefix, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(s.Day)) return DayOfWeek.Monday;
        if (every == ReportCadence.Daily)
        {
            problems.Add($"{prefix}:Day '{s.Day}' applies to weekly reports only; remove it or set Every to weekly.");
            return DayOfWeek.Monday;
        }
        // By name only: Enum.TryParse would also take "3" or "monday,tuesday".
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (day.ToString().Equals(s.Day.Trim(), StringComparison.OrdinalIgnoreCase)) return day;
        }
        problems.Add($"{prefix}:Day '{s.Day}' is not a day of the week (monday, tuesday, … sunday).");
        return DayOfWeek.Monday;
    }

    private static TimeSpan Period(string? text, ReportCadence every, string prefix, List<string> problems)
    {
        var standard = every == ReportCadence.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);
        if (string.IsNullOrWhiteSpace(text)) return standard;
        if (Duration.TryParse(text, out var period) && period.Value.Value >= MinPeriod && period.Value.Value <= MaxPeriod) return period.Value.Value;
        problems.Add($"{prefix}:Period '{text}' must be a duration from {new Duration(MinPeriod)} to {new Duration(MaxPeriod)}, e.g. 1d or 7d.");
        return standard;
    }

    private static TimeSpan Bucket(string? text, ReportCadence every, string prefix, List<string> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "": return every == ReportCadence.Daily ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
            case "hour": return TimeSpan.FromHours(1);
            case "day": return TimeSpan.FromDays(1);
            default:
                problems.Add($"{prefix}:Bucket '{text}' must be day or hour.");
                return TimeSpan.FromDays(1);
        }
    }

    private static ScheduledReportFormat Format(string? text, string prefix, List<string> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "html": return ScheduledReportFormat.Html;
            case "pdf": return ScheduledReportFormat.Pdf;
            default:
                problems.Add($"{prefix}:Format '{text}' must be html or pdf.");
                return ScheduledReportFormat.Html;
        }
    }

    private static Uri? Webhook(string? text, string prefix, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https") return url;
        problems.Add($"{prefix}:Webhook '{text}' is not an absolute http(s) URL.");
        return null;
    }

    private static void Emails(List<string> emails, bool smtpConfigured, string prefix, List<string> problems)
    {
        for (var j = 0; j < emails.Count; j++)
        {
            if (!System.Net.Mail.MailAddress.TryCreate(emails[j]?.Trim(), out _))
                problems.Add($"{prefix}:Email:{j} '{emails[j]}' is not an e-mail address.");
        }
        if (emails.Count > 0 && !smtpConfigured)
            problems.Add($"{prefix}:Email needs an SMTP server: set Watchdog:Alerts:Smtp:From (and Host, Port), which reports share with alerts.");
    }
}
