namespace Watchdog.SampleWeb; internal static class AssemblyMarker;
