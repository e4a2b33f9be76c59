using System.Globalization;
using Watchdog.Core.Watching;

namespace Watchdog.Web.Api.Contracts;

/// <summary>A standing query and how its alerts are delivered. Webhook secrets are never shown, only whether one is set.</summary>
public sealed record StandingQueryView(long Id, string Name, string Query, bool Enabled, AlertRuleView Rule, DateTimeOffset CreatedAt)
{
    public static StandingQueryView From(StandingQuery query) => new(query.Id, query.Name, query.QueryText, query.Enabled, AlertRuleView.From(query.Rule), query.CreatedAt);
}

/// <param name="Digest">none, hourly or daily.</param>
public sealed record AlertRuleView(int? MaxPerHour, QuietHoursView? QuietHours, string Digest, IReadOnlyList<DeliveryTargetView> Targets)
{
    public static AlertRuleView From(AlertRule rule) => new(
        rule.MaxPerHour,
        rule.QuietHours is { } quiet ? new QuietHoursView(quiet.Start.ToString("HH:mm", CultureInfo.InvariantCulture), quiet.End.ToString("HH:mm", CultureInfo.InvariantCulture), quiet.TimeZoneId) : null,
        rule.Digest.ToString().ToLowerInvariant(),
        rule.Targets.Select(t => new DeliveryTargetView(t.Channel.ToString().ToLowerInvariant(), t.Address, HasSecret: !string.IsNullOrEmpty(t.Secret))).ToList());
}

/// <param name="Start">Local time HH:mm; a start after the end spans midnight.</param>
/// <param name="TimeZone">IANA or Windows time zone id; UTC when omitted.</param>
public sealed record QuietHoursView(string Start, string End, string TimeZone);

/// <param name="Channel">webhook or email.</param>
public sealed record DeliveryTargetView(string Channel, string Address, bool HasSecret);

/// <summary>Body of <c>POST /api/queries</c> and <c>PUT /api/queries/{id}</c>.</summary>
/// <param name="Query">Text in the query language; validated, with the position of any error.</param>
public sealed record StandingQueryRequest(string? Name, string? Query, bool? Enabled = null, AlertRuleRequest? Rule = null);

/// <param name="Digest">none (default), hourly or daily.</param>
public sealed record AlertRuleRequest(int? MaxPerHour = null, QuietHoursRequest? QuietHours = null, string? Digest = null, IReadOnlyList<DeliveryTargetRequest?>? Targets = null);

/// <param name="Start">HH:mm.</param>
/// <param name="End">HH:mm.</param>
/// <param name="TimeZone">IANA or Windows time zone id; UTC when omitted.</param>
public sealed record QuietHoursRequest(string? Start, string? End, string? TimeZone = null);

/// <param name="Channel">webhook or email.</param>
/// <param name="Address">An absolute http(s) URL for a webhook, an e-mail address for email.</param>
/// <param name="Secret">HMAC-SHA256 key that signs webhook bodies; not allowed for email.</param>
public sealed record DeliveryTargetRequest(string? Channel, string? Address, string? Secret = null);

/// <summary>Body of <c>POST /api/queries/check</c>.</summary>
public sealed record QueryCheckRequest(string? Query);

/// <summary>The query text would be accepted as a standing query.</summary>
public sealed record QueryCheckView(string Query, bool Valid);
