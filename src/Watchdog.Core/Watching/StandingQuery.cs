namespace Watchdog.Core.Watching;

/// <summary>A query matched against every new article; a match raises an alert delivered by its <see cref="Rule"/>.</summary>
public sealed record StandingQuery
{
    public long Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Text in the query language (see src/Watchdog.Query/README.md).</summary>
    public required string QueryText { get; init; }
    public bool Enabled { get; init; } = true;
    public AlertRule Rule { get; init; } = AlertRule.Default;
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>How alerts of one standing query reach the user. Stores may keep it as one JSON column.</summary>
public sealed record AlertRule
{
    public static AlertRule Default { get; } = new();

    /// <summary>At most this many alerts per hour are sent one by one; the rest wait for the next hour and go out together. Null: no limit.</summary>
    public int? MaxPerHour { get; init; }
    /// <summary>While quiet, messages are held (never dropped) until the quiet period ends.</summary>
    public QuietHours? QuietHours { get; init; }
    public DigestMode Digest { get; init; } = DigestMode.None;
    /// <summary>Where messages go besides the in-app list, which always receives every alert.</summary>
    public IReadOnlyList<DeliveryTarget> Targets { get; init; } = [];
}

/// <summary>A daily quiet period in a time zone; <see cref="Start"/> after <see cref="End"/> spans midnight.</summary>
/// <param name="TimeZoneId">IANA or Windows id; "UTC" when unsure.</param>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, string TimeZoneId = "UTC");

public enum DigestMode { None, Hourly, Daily }

/// <summary>One destination: a webhook URL (signed with <see cref="Secret"/>) or an e-mail address.</summary>
public sealed record DeliveryTarget(DeliveryChannel Channel, string Address)
{
    /// <summary>HMAC-SHA256 key for webhook signatures; unused for e-mail.</summary>
    public string? Secret { get; init; }
}

public enum DeliveryChannel { InApp, Webhook, Email }
