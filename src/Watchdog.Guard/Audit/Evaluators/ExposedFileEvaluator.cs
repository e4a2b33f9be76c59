using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>Turns the responses to <see cref="ExposedFileProbes.All"/> into one outcome per check: a finding only when a
/// 2xx body carries the file's signature and does not look like the site's answer to a random path.</summary>
public static class ExposedFileEvaluator
{
    /// <param name="probes">Each probe with its response (null when none came).</param>
    /// <param name="notFoundBaseline">The response to a random non-existent path.</param>
    public static IEnumerable<CheckOutcome> Evaluate(IReadOnlyList<(ExposedFileProbe Probe, CapturedResponse? Response)> probes, CapturedResponse? notFoundBaseline)
    {
        foreach (var check in probes.GroupBy(p => p.Probe.CheckId, StringComparer.Ordinal))
        {
            var exposed = check.Where(p => IsExposed(p.Probe, p.Response, notFoundBaseline)).ToList();
            if (exposed.Count == 0)
            {
                yield return CheckOutcome.Pass(check.Key, $"not exposed: {string.Join(", ", check.Select(p => $"{p.Probe.Path} ({Describe(p.Response)})"))}");
                continue;
            }
            var first = exposed[0].Probe;
            yield return CheckOutcome.Fail(check.Key, first.Severity, first.Title,
                string.Join(", ", exposed.Select(p => $"{p.Response!.Url} answers {p.Response.Status} with its content")), first.Advice);
        }
    }

    public static bool IsExposed(ExposedFileProbe probe, CapturedResponse? response, CapturedResponse? notFoundBaseline) =>
        response is { IsSuccess: true }
        && probe.Signature(response)
        && !SoftNotFound.LooksLikeBaseline(notFoundBaseline, response);

    private static string Describe(CapturedResponse? response) => response is null ? "no response" : $"HTTP {response.Status}";
}
