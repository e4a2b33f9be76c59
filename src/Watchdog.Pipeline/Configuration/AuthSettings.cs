namespace Watchdog.Pipeline.Configuration;

/// <summary>Who may use the REST API, bound from <c>Watchdog:Auth</c>.</summary>
public sealed class AuthSettings
{
    /// <summary>
    /// Whether every /api request needs <c>Authorization: Bearer &lt;token&gt;</c>. Unset: required unless the app listens
    /// on loopback addresses only, where just people on the machine itself can reach it (the demo, tests).
    /// </summary>
    public bool? Required { get; set; }
}
