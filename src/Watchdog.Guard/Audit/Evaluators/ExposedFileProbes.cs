using System.Text.RegularExpressions;
using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>The fixed list of paths the audit requests (one GET each), with their signatures.</summary>
public static partial class ExposedFileProbes
{
    public const string Git = "exposed.git";
    public const string Env = "exposed.env";
    public const string Svn = "exposed.svn";
    public const string DsStore = "exposed.ds-store";
    public const string SqlDump = "exposed.sql-dump";
    public const string ConfigBackup = "exposed.config-backup";
    public const string ServerStatus = "exposed.server-status";
    public const string PhpInfo = "exposed.phpinfo";
    public const string DirectoryListing = "exposed.directory-listing";

    private const string RemoveAdvice = "Remove the file from the web root or deny the path in the web server configuration.";
    private const string ListingAdvice = "Turn off directory listings (nginx: autoindex off; Apache: Options -Indexes).";

    /// <summary>Folders checked for a directory listing: where uploads and backups usually end up.</summary>
    public static readonly IReadOnlyList<string> ListingFolders = ["/uploads/", "/backup/", "/files/", "/wp-content/uploads/"];

    private static readonly byte[] DsStoreMagic = [0, 0, 0, 1, (byte)'B', (byte)'u', (byte)'d', (byte)'1'];

    public static readonly IReadOnlyList<ExposedFileProbe> All =
    [
        new("/.git/HEAD", Git, AuditSeverity.High, "Git repository is downloadable (/.git/)",
            "Deny /.git/ in the web server; the whole source history, and any secrets in it, can be downloaded. " + RemoveAdvice,
            r => GitHeadPattern().IsMatch(r.BodyText)),
        new("/.env", Env, AuditSeverity.High, "Environment file with settings is public (/.env)",
            "Move .env out of the web root and rotate every secret it held. " + RemoveAdvice,
            r => !LooksLikeMarkup(r) && EnvLinePattern().Count(r.BodyText) >= 2),
        new("/.svn/entries", Svn, AuditSeverity.High, "Subversion metadata is public (/.svn/)", RemoveAdvice,
            r => SvnEntriesPattern().IsMatch(r.BodyText) || r.BodyText.Contains("<wc-entries", StringComparison.Ordinal)),
        new("/.DS_Store", DsStore, AuditSeverity.Warning, "macOS folder index is public (/.DS_Store lists file names)", RemoveAdvice,
            r => r.Body.AsSpan().StartsWith(DsStoreMagic)),
        new("/backup.sql", SqlDump, AuditSeverity.High, "Database dump is public (/backup.sql)",
            "Delete the dump from the web root at once and treat its data as leaked.",
            r => !LooksLikeMarkup(r) && SqlDumpPattern().IsMatch(r.BodyText)),
        new("/wp-config.php.bak", ConfigBackup, AuditSeverity.High, "WordPress configuration backup is public (database password)",
            "Delete the backup and change the database password. " + RemoveAdvice,
            r => r.BodyText.Contains("DB_PASSWORD", StringComparison.Ordinal) && r.BodyText.Contains("define(", StringComparison.OrdinalIgnoreCase)),
        new("/server-status", ServerStatus, AuditSeverity.Warning, "Apache server-status page is public (shows visitors' requests)",
            "Restrict /server-status to localhost (Require local).",
            r => r.BodyText.Contains("Apache Server Status", StringComparison.OrdinalIgnoreCase)),
        new("/phpinfo.php", PhpInfo, AuditSeverity.Warning, "phpinfo() page is public (configuration and paths)", RemoveAdvice,
            r => r.BodyText.Contains("phpinfo()", StringComparison.OrdinalIgnoreCase)
                 || (r.BodyText.Contains("PHP Version", StringComparison.Ordinal) && r.BodyText.Contains("Zend Engine", StringComparison.Ordinal))),
        .. ListingFolders.Select(folder => new ExposedFileProbe(folder, DirectoryListing, AuditSeverity.Warning,
            "Directory listing is on", ListingAdvice, r => DirectoryListingPattern().IsMatch(r.BodyText))),
    ];

    private static bool LooksLikeMarkup(CapturedResponse response) => response.BodyText.TrimStart().StartsWith('<');

    [GeneratedRegex(@"\A(ref: refs/|[0-9a-f]{40}\s*\z)")]
    private static partial Regex GitHeadPattern();

    [GeneratedRegex(@"^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=", RegexOptions.Multiline)]
    private static partial Regex EnvLinePattern();

    // Subversion 1.4–1.6 entries files start with the format number (8, 9 or 10) on its own line.
    [GeneratedRegex(@"\A(8|9|10|12)\r?\n")]
    private static partial Regex SvnEntriesPattern();

    [GeneratedRegex(@"(CREATE TABLE|INSERT INTO|-- MySQL dump|PostgreSQL database dump)", RegexOptions.IgnoreCase)]
    private static partial Regex SqlDumpPattern();

    [GeneratedRegex(@"<(title|h1)>\s*(Index of /|Directory listing for /)", RegexOptions.IgnoreCase)]
    private static partial Regex DirectoryListingPattern();
}
