using System.Runtime.InteropServices;

namespace Cms.Api.Hosting;

/// <summary>Keeps the C allocator under SQLite from growing an arena per busy thread on Linux.</summary>
internal static class NativeMemory
{
    private const int ArenaMaximum = -8;

    /// <summary>
    /// Caps glibc at two malloc arenas (as <c>MALLOC_ARENA_MAX=2</c> would): SQLite's page caches and statements are
    /// allocated from whichever thread-pool thread runs a query, and each new arena keeps what it once held.
    /// </summary>
    public static void UseFewArenas()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = SetOption(ArenaMaximum, 2);
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetOption(int parameter, int value);
}
