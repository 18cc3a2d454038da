namespace Cms.Api.Hosting;

/// <summary>
/// Marks an endpoint that moves data in bulk: its request body may be as large as <c>Cms:Limits:MaxBulkBodyBytes</c>, and its
/// answer is streamed as it is made, never held whole to compute an ETag.
/// </summary>
public sealed class BulkTransfer
{
    private BulkTransfer()
    {
    }

    /// <summary>The marker.</summary>
    public static BulkTransfer Instance { get; } = new();

    /// <summary>True when the request's endpoint moves data in bulk.</summary>
    public static bool Marks(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<BulkTransfer>() is not null;
}
