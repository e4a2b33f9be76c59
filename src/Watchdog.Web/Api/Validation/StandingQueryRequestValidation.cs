using System.Globalization;
using System.Net.Mail;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Configuration;
using Watchdog.Query;
using Watchdog.Query.Watchlists;
using Watchdog.Web.Api.Contracts;

namespace Watchdog.Web.Api.Validation;

/// <summary>
/// Turns a <see cref="StandingQueryRequest"/> into a <see cref="StandingQuery"/>, or says field by field what is wrong;
/// a query that cannot be parsed also gives its <see cref="QueryError"/> (position, what was expected).
/// </summary>
public static class StandingQueryRequestValidation
{
    public const int MaxNameLength = 200;

    /// <summary>More destinations per query is a mailing list, which belongs behind one address.</summary>
    public const int MaxTargets = 20;

    /// <summary>One a minute on average; more is a firehose, and a digest serves it better.</summary>
    public const int MaxPerHourLimit = 60;

    public static (Validated<StandingQuery> Result, QueryParseException? QueryError) Validate(StandingQueryRequest request, WatchlistCatalog watchlists)
    {
        var errors = new ValidationErrors();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength) errors.Add("name", $"The name must be 1–{MaxNameLength} characters.");

        var text = request.Query ?? "";
        var queryError = ValidateQueryText(text, watchlists, errors);

        var rule = ValidateRule(request.Rule ?? new AlertRuleRequest(), errors);
        if (errors.Any || rule is null) return (new Validated<StandingQuery>(null, errors), queryError);
        return (new Validated<StandingQuery>(new StandingQuery { Name = name, QueryText = text.Trim(), Enabled = request.Enabled ?? true, Rule = rule }, errors), null);
    }

    /// <summary>The checks a standing query's text gets: not empty, not too long, parses, names only watchlists that exist.</summary>
    /// <returns>The parse error (with its position), when that is what is wrong.</returns>
    public static QueryParseException? ValidateQueryText(string text, WatchlistCatalog watchlists, ValidationErrors errors)
    {
        // Parsed as sent, so the error position points into the text the caller has.
        QueryParseException? queryError = null;
        if (text.Trim().Length == 0) errors.Add("query", "The query is empty.");
        else if (text.Length > QueryTextValidation.MaxQueryLength) errors.Add("query", $"The query must be at most {QueryTextValidation.MaxQueryLength} characters.");
        else if ((queryError = QueryTextValidation.Check(text, watchlists)) is not null) errors.Add("query", $"The query cannot be parsed: {queryError.Message}.");
        return queryError;
    }

    private static AlertRule? ValidateRule(AlertRuleRequest rule, ValidationErrors errors)
    {
        if (rule.MaxPerHour is < 1 or > MaxPerHourLimit) errors.Add("rule.maxPerHour", $"maxPerHour must be between 1 and {MaxPerHourLimit}, or omitted for no limit.");

        var digest = DigestMode.None;
        if (rule.Digest is not null && (!Enum.TryParse(rule.Digest, ignoreCase: true, out digest) || !Enum.IsDefined(digest)))
            errors.Add("rule.digest", $"'{rule.Digest}' is not a digest mode; use none, hourly or daily.");

        var quiet = rule.QuietHours is null ? null : ValidateQuietHours(rule.QuietHours, errors);
        var requested = rule.Targets ?? [];
        if (requested.Count > MaxTargets) errors.Add("rule.targets", $"At most {MaxTargets} targets.");
        var targets = requested.Take(MaxTargets).Select((t, i) => ValidateTarget(t, $"rule.targets[{i}]", errors)).OfType<DeliveryTarget>().ToList();

        return new AlertRule { MaxPerHour = rule.MaxPerHour, QuietHours = quiet, Digest = digest, Targets = targets };
    }

    private static QuietHours? ValidateQuietHours(QuietHoursRequest quiet, ValidationErrors errors)
    {
        var start = ParseTime(quiet.Start, "rule.quietHours.start", errors);
        var end = ParseTime(quiet.End, "rule.quietHours.end", errors);
        var zone = string.IsNullOrWhiteSpace(quiet.TimeZone) ? "UTC" : quiet.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) errors.Add("rule.quietHours.timeZone", $"'{quiet.TimeZone}' is not a known time zone; write e.g. Asia/Almaty or UTC.");
        if (start is not null && start == end) errors.Add("rule.quietHours.end", "Quiet hours that start and end at the same time are empty; omit quietHours instead.");
        return start is { } s && end is { } e ? new QuietHours(s, e, zone) : null;
    }

    private static TimeOnly? ParseTime(string? text, string field, ValidationErrors errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add(field, $"'{text}' is not a time; write HH:mm, e.g. 22:00.");
        return null;
    }

    private static DeliveryTarget? ValidateTarget(DeliveryTargetRequest? target, string field, ValidationErrors errors)
    {
        if (target is null)
        {
            errors.Add(field, "A target is missing.");
            return null;
        }
        var address = target.Address?.Trim() ?? "";
        switch (target.Channel?.Trim().ToLowerInvariant())
        {
            case "webhook":
                if (!SourceUrl.TryParse(address, out var url, out var problem))
                {
                    errors.Add($"{field}.address", $"The webhook URL {problem}");
                    return null;
                }
                return new DeliveryTarget(DeliveryChannel.Webhook, url!.AbsoluteUri) { Secret = string.IsNullOrEmpty(target.Secret) ? null : target.Secret };
            case "email":
                if (!IsMailAddress(address))
                {
                    errors.Add($"{field}.address", $"'{target.Address}' is not an e-mail address.");
                    return null;
                }
                if (!string.IsNullOrEmpty(target.Secret))
                {
                    errors.Add($"{field}.secret", "A secret signs webhook bodies; e-mail targets do not take one.");
                    return null;
                }
                return new DeliveryTarget(DeliveryChannel.Email, address);
            default:
                errors.Add($"{field}.channel", $"'{target.Channel}' is not a channel; use webhook or email (in-app alerts are always on).");
                return null;
        }
    }

    /// <summary>A bare address only: display names ("Ann &lt;a@b&gt;") would be sent as written and confuse the SMTP envelope.</summary>
    private static bool IsMailAddress(string address) =>
        MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.Host.Contains('.', StringComparison.Ordinal);
}
