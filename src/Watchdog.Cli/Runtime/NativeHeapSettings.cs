using System.Runtime.InteropServices;

namespace Watchdog.Cli.Runtime;

/// <summary>
/// Bounds glibc's malloc, which holds the service's native memory (SQLite's page caches, zlib's state for every raw body
/// compressed, the runtime's own tables). By default glibc gives each thread that meets contention an arena of its own,
/// up to 8 per core, and keeps what is freed in each for later: on the ingest-real bench the service's arenas held
/// ≈ 60–70 MB beside the managed heap (README, Memory). So: no new arenas past <see cref="MaxArenas"/> (those the runtime
/// made before Main stay), and the free pages of every arena are handed back to the system every
/// <see cref="TrimEvery"/>. Only glibc on Linux has these calls; elsewhere nothing is done.
/// </summary>
internal static class NativeHeapSettings
{
    /// <summary>mallopt's M_ARENA_MAX (glibc malloc.h), the same as the MALLOC_ARENA_MAX environment variable.</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>Arenas malloc may use; an environment variable MALLOC_ARENA_MAX, when set, is left to rule.</summary>
    private const int MaxArenas = 2;

    /// <summary>
    /// malloc_trim walks each arena's free lists and returns whole free pages (a few milliseconds); twice a minute keeps
    /// what SQLite and zlib freed during a burst of pages from staying resident, at no measurable CPU.
    /// </summary>
    private static readonly TimeSpan TrimEvery = TimeSpan.FromSeconds(30);

    private static Timer? _trimTimer;

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, which these projects do not allow.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int option, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054

    public static void Apply()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            // 0 means glibc refused the value: its default stays, which costs memory, not correctness.
            if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null) _ = MallOpt(ArenaMaxOption, MaxArenas);
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has neither call): its allocator keeps no per-thread arenas to bound.
            return;
        }
        _trimTimer = new Timer(static _ => _ = MallocTrim(0), null, TrimEvery, TrimEvery);
    }
}
