using Cms.Domain.Common;

namespace Cms.Api.Hosting;

/// <summary>Who is asking, as the domain sees it.</summary>
public static class Audiences
{
    /// <summary>The newsroom when the request bears a valid key, the public otherwise.</summary>
    public static Audience Of(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? Audience.Newsroom : Audience.Public;
}
