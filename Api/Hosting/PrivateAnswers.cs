namespace Cms.Api.Hosting;

/// <summary>
/// Endpoint metadata for answers meant for one holder only, such as a preview link's, that no shared cache may keep even
/// though the request bears no key: <c>.WithPrivateAnswers()</c>.
/// </summary>
public static class PrivateAnswers
{
    private sealed class Marker;

    private static readonly Marker Mark = new();

    /// <summary>True when the request's endpoint is marked.</summary>
    public static bool Apply(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null;

    /// <summary>Answers of this endpoint are <c>private, no-store</c> whoever asks.</summary>
    public static TBuilder WithPrivateAnswers<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Mark);
}
