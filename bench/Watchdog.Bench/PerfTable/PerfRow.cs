namespace Watchdog.Bench.PerfTable;

/// <summary>One line of the README's performance table: what was measured, on what, how, the figures and the machine.</summary>
/// <param name="Benchmark">The benchmark and its result file.</param>
/// <param name="Data">What was measured on, starting with "real" or "synthetic" when the file says.</param>
/// <param name="Settings">The settings the figures depend on.</param>
/// <param name="Figures">The figures, with the baseline of the same run where there is one.</param>
/// <param name="Machine">Cores, load and date as the file recorded them; "not recorded" where it did not.</param>
public sealed record PerfRow(string Benchmark, string Data, string Settings, string Figures, string Machine);
