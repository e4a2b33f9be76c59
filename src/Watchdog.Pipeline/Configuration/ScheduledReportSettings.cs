namespace Watchdog.Pipeline.Configuration;

/// <summary>
/// One scheduled report as written under <c>reports:</c> in watchdog.yaml. Values stay text here so a typo is reported
/// by <c>ScheduledReportParser</c> (Watchdog.Application) with the setting's name instead of failing the configuration binder.
/// </summary>
public sealed class ScheduledReportSettings
{
    /// <summary>Unique; keys the report's "last sent" state, so renaming a report starts its schedule afresh.</summary>
    public string Name { get; set; } = "";

    /// <summary>The report's title (subject of the e-mail); the name when not given.</summary>
    public string? Title { get; set; }

    public List<ScheduledReportQuerySettings> Queries { get; set; } = [];

    /// <summary><c>daily</c> or <c>weekly</c>.</summary>
    public string Every { get; set; } = "daily";

    /// <summary>Time of day in UTC, <c>HH:mm</c>.</summary>
    public string At { get; set; } = "07:00";

    /// <summary>Day of the week for weekly reports (<c>monday</c> when not given).</summary>
    public string? Day { get; set; }

    /// <summary>A duration (<c>1d</c>, <c>7d</c>) ending at midnight UTC of the run's day; the day or week just ended when not given.</summary>
    public string? Period { get; set; }

    /// <summary><c>day</c> or <c>hour</c>; hour for daily reports, day for weekly ones when not given.</summary>
    public string? Bucket { get; set; }

    /// <summary>The language the report and its e-mail are written in (<c>en</c>, <c>ru</c>, <c>kk</c>); the <c>language</c> setting when not given.</summary>
    public string? Language { get; set; }

    /// <summary><c>html</c> (the report is the e-mail's body) or <c>pdf</c> (attached to a short e-mail).</summary>
    public string Format { get; set; } = "html";

    public List<string> Email { get; set; } = [];

    public string? Webhook { get; set; }

    /// <summary>Signs webhook calls the same way as alert webhooks (<c>X-Watchdog-Signature</c>).</summary>
    public string? Secret { get; set; }
}

/// <summary>One section of a scheduled report: its heading and its query in the query language.</summary>
public sealed class ScheduledReportQuerySettings
{
    public string? Heading { get; set; }
    public string Query { get; set; } = "";
}
