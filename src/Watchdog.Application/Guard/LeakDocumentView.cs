using Watchdog.Core.Guard;

namespace Watchdog.Application.Guard;

/// <summary>A registered document as listed to people and API clients: the fingerprint blob is left out (it is private too).</summary>
public sealed record LeakDocumentView(string Id, string Name, int Fingerprints, DateTimeOffset CreatedAt)
{
    public static LeakDocumentView From(LeakDocumentRecord d) => new(d.Id, d.Name, d.FingerprintCount, d.CreatedAt);

    /// <summary>What the audit log keeps of a registration or removal: never text, never the fingerprint.</summary>
    public object AuditDetails => new { name = Name, fingerprints = Fingerprints };

    public string AuditTarget => $"leak-document {Id}";
}
