using Watchdog.Collect.Fetching;
using Watchdog.Core.Sources;

namespace Watchdog.Pipeline.Configuration;

/// <summary>
/// Every Watchdog setting, bound from the "Watchdog" section: <c>watchdog.yaml</c> (whose top level is that section),
/// <c>appsettings.json</c>, and environment variables such as <c>WATCHDOG__DATAFOLDER</c> or <c>WATCHDOG__STORE__KIND</c>.
/// </summary>
public sealed class WatchdogOptions
{
    public const string SectionName = "Watchdog";

    /// <summary>Folder of the embedded store: SQLite database, raw bodies and the Lucene index.</summary>
    public string DataFolder { get; set; } = "./data";

    public StoreOptions Store { get; set; } = new();

    public FetcherSettings Fetcher { get; set; } = new();

    public PipelineSettings Pipeline { get; set; } = new();

    public Watching.AlertSettings Alerts { get; set; } = new();

    /// <summary>Serve the bundled sample web on 127.0.0.1 and watch its sites (offline demo).</summary>
    public bool Demo { get; set; }

    public DemoSettings DemoWeb { get; set; } = new();

    public SearchSettings Search { get; set; } = new();

    /// <summary>
    /// Articles collected more than this many days ago are deleted, with what was kept about them (alerts, raw bodies,
    /// finished work items, fetch log); see <c>Watchdog.Application.Retention.RetentionRunner</c>. 0 keeps everything, and must be set explicitly.
    /// </summary>
    public int RetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>A year: long enough to look back over a year's coverage, short enough that nothing is kept for ever by default.</summary>
    public const int DefaultRetentionDays = 365;

    public RetentionSettings Retention { get; set; } = new();

    public AuthSettings Auth { get; set; } = new();

    /// <summary>How social platforms and forums are read (history depth, thread pages, the VK token).</summary>
    public Social.SocialSettings Social { get; set; } = new();

    /// <summary>
    /// Reports sent on a schedule by e-mail (through <see cref="Alerts"/>' SMTP server) and/or webhook; see
    /// <c>Watchdog.Application.Reporting.Scheduling.ReportScheduler</c>.
    /// </summary>
    public List<ScheduledReportSettings> Reports { get; set; } = [];

    /// <summary>
    /// The language (<c>en</c>, <c>ru</c>, <c>kk</c>) of scheduled reports, alert e-mails and of API reports and charts
    /// whose request names none (neither <c>locale=</c> nor an Accept-Language Watchdog speaks).
    /// </summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// The time zone days are cut in (IANA name, e.g. <c>Asia/Almaty</c>): day buckets of trends, reports and the
    /// dashboard start at its midnight, and reports show its times. UTC when empty; an unknown name falls back to UTC
    /// with a warning at start.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>Sources declared in the config file; synced into the store at start (added if missing, never removed).</summary>
    public List<SourceDeclaration> Sources { get; set; } = [];
}

public enum StoreKind { Embedded, Postgres }

public sealed class SearchSettings
{
    /// <summary>
    /// Keep the results of a search for the same search repeated until the index next changes (embedded store only;
    /// every search is still audited). Off only to measure or compare searches uncached.
    /// </summary>
    public bool ResultCache { get; set; } = true;
}

public sealed class StoreOptions
{
    public StoreKind Kind { get; set; } = StoreKind.Embedded;

    /// <summary>Npgsql connection string; required when <see cref="Kind"/> is <see cref="StoreKind.Postgres"/>.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class FetcherSettings
{
    /// <summary>
    /// Where a site operator can read who runs this crawler and how to reach them; part of the User-Agent.
    /// No default: only the operator knows the true address, and a made-up one would make the User-Agent dishonest.
    /// </summary>
    public string? ContactUrl { get; set; }

    /// <summary>Pause between two requests to the same host.</summary>
    public Duration PerHostDelay { get; set; } = Duration.FromSeconds(1);

    public int PerHostConcurrency { get; set; } = 2;

    public Duration Timeout { get; set; } = Duration.FromSeconds(30);

    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Allow fetching from 127.0.0.0/8 and ::1 (tests and the offline demo). Off by default: a crawler must not reach internal services.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Allow fetching from private networks (10/8, 172.16/12, 192.168/16, fc00::/7). Off by default.</summary>
    public bool AllowPrivateNetworks { get; set; }

    public FetcherOptions ToFetcherOptions() => new()
    {
        ContactUrl = ContactUrl,
        PerHostDelay = PerHostDelay.Value,
        PerHostConcurrency = PerHostConcurrency,
        Timeout = Timeout.Value,
        MaxBytes = MaxResponseBytes,
        AllowLoopback = AllowLoopback,
        AllowPrivateNetworks = AllowPrivateNetworks,
    };
}

public sealed class PipelineSettings
{
    /// <summary>Work items processed at the same time by this process.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>
    /// How long a leased item belongs to this worker without a heartbeat. A live worker renews its leases every third of
    /// this, however long an item takes; a dead one stops, so another worker picks its items up at most this much later.
    /// </summary>
    public Duration Lease { get; set; } = Duration.FromSeconds(15);

    /// <summary>Tries before an item is quarantined.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How often the scheduler looks for due sources and idle workers look for new items.</summary>
    public Duration PollInterval { get; set; } = Duration.FromSeconds(2);

    /// <summary>Consecutive failed refreshes after which a source is paused with its last error as the reason.</summary>
    public int PauseAfterFailures { get; set; } = 8;
}

/// <summary>A source as written in <c>watchdog.yaml</c>: <c>- url: https://example.org/feed.xml, every: 10m, tags: [news], kind: feed</c>.</summary>
public sealed class SourceDeclaration
{
    public string Url { get; set; } = "";
    public Duration Every { get; set; } = Duration.FromMinutes(10);
    public List<string> Tags { get; set; } = [];
    public SourceKind Kind { get; set; } = SourceKind.Auto;
    public string? Title { get; set; }
}
