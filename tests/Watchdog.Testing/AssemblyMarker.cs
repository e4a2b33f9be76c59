namespace Watchdog.Testing; internal static class AssemblyMarker;
