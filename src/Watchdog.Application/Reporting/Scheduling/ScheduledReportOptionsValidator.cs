using Microsoft.Extensions.Options;
using Watchdog.Pipeline.Configuration;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>
/// The start-up check of the <c>reports:</c> settings, beside <see cref="WatchdogOptionsValidator"/> (which cannot parse
/// reports: they belong to this project, above the pipeline), so a bad report stops Watchdog with a message naming the setting.
/// </summary>
public sealed class ScheduledReportOptionsValidator : IValidateOptions<WatchdogOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchdogOptions options)
    {
        var problems = FindProblems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> FindProblems(WatchdogOptions options) =>
        ScheduledReportParser.Parse(options.Reports, options.Alerts.Smtp.IsConfigured).Problems;
}
