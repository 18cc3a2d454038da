namespace Cms.Api.CommandLine;

/// <summary>
/// Holds the tool's managed heap to a ceiling during a bulk import. The runtime is set up for the web server (server GC), which
/// lets the heap grow far past what an import keeps alive at once (one batch); with a ceiling the GC collects before it grows,
/// and the process stays well under 300 MB. A limit the operator set (DOTNET_GCHeapHardLimit or runtimeconfig) is left alone.
/// </summary>
internal static class ToolMemory
{
    /// <summary>Enough for the default batch of 500 ordinary articles several times over.</summary>
    private const ulong ImportHeapLimit = 128UL * 1024 * 1024;

    /// <summary>Sets the ceiling for an import of batches of <paramref name="batchSize"/> lines, unless one is set already.</summary>
    public static void LimitForImport(int batchSize)
    {
        if (batchSize > Domain.Exchange.ImportOptions.DefaultBatchSize) return;
        if (Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit") is not null || AppContext.GetData("GCHeapHardLimit") is not null) return;
        AppContext.SetData("GCHeapHardLimit", ImportHeapLimit);
        GC.RefreshMemoryLimit();
    }
}
