using Watchdog.Pipeline.Metrics;
using Xunit;

namespace Watchdog.EndToEnd.Tests.Pipeline.Metrics;

public sealed class StageClockTests
{
    private static readonly TimeSpan Spun = TimeSpan.FromMilliseconds(60);

    [Fact]
    public async Task A_stage_is_charged_its_flows_cpu_across_awaits_and_the_enclosing_stage_is_not()
    {
        var clock = new StageClock();
        using (clock.Measure("outer"))
        {
            await Task.Yield();
            using (clock.Measure("inner"))
            {
                SpinCpu(Spun);
                await Task.Yield(); // resumes on a thread-pool thread, possibly another one
                SpinCpu(Spun);
            }
        }

        var stages = clock.Snapshot().ToDictionary(s => s.Stage, StringComparer.Ordinal);
        Assert.True(stages["inner"].CpuSeconds >= 2 * Spun.TotalSeconds * 0.95, $"inner got {stages["inner"].CpuSeconds} s");
        Assert.True(stages["outer"].CpuSeconds < Spun.TotalSeconds / 2, $"outer got {stages["outer"].CpuSeconds} s");
        Assert.Equal(1, stages["inner"].Runs);
        Assert.True(stages["outer"].WallSeconds >= stages["inner"].WallSeconds);
    }

    /// <summary>Burns this much of the thread's own CPU time, however busy the machine is.</summary>
    private static void SpinCpu(TimeSpan cpu)
    {
        var start = ThreadCpuTime.NowNanoseconds();
        while (ThreadCpuTime.NowNanoseconds() - start < cpu.TotalMilliseconds * 1_000_000) Thread.SpinWait(100);
    }
}
