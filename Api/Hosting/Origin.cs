namespace Cms.Api.Hosting;

/// <summary>The address a request came to, for absolute URLs when the site's settings name no base URL.</summary>
public static class Origin
{
    /// <summary>Scheme, host and path base, such as <c>https://cms.example</c>.</summary>
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
