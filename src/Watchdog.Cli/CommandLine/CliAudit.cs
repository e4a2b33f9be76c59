using Microsoft.Extensions.DependencyInjection;
using Watchdog.Core.Governance;
using Watchdog.Application.Governance;

namespace Watchdog.Cli.CommandLine;

/// <summary>Records what a CLI command did in the audit log; the actor is always <see cref="AuditActors.Cli"/>.</summary>
public static class CliAudit
{
    public static Task RecordAsync(IServiceProvider services, string action, string? target, object? details = null) =>
        services.GetRequiredService<AuditTrail>().RecordAsync(AuditActors.Cli, action, target, details);
}
