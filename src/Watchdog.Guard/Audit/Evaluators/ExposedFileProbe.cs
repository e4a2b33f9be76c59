using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>A path that should never be public, and the content signature that proves the response is that file —
/// a 200 alone proves nothing on a site that answers 200 to everything.</summary>
public sealed record ExposedFileProbe(
    string Path,
    string CheckId,
    AuditSeverity Severity,
    string Title,
    string Advice,
    Func<CapturedResponse, bool> Signature);
