namespace Watchdog.Application.Guard.Sites;

/// <summary>Why a site-audit request was refused before anything was sent to the site.</summary>
public enum GuardSiteProblem
{
    InvalidUrl,
    /// <summary>The site was never registered with `guard sites add`.</summary>
    NotRegistered,
    /// <summary>Registered, but control of it is not proven yet.</summary>
    NotVerified,
}

/// <summary>A refused site-audit request; the message says what to do (for unverified sites: how to verify).</summary>
public sealed class GuardSiteException(GuardSiteProblem problem, string message) : Exception(message)
{
    public GuardSiteProblem Problem { get; } = problem;
}
