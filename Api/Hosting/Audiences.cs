using Cms.Api.Auth;
using Cms.Domain.Access;
using Cms.Domain.Common;

namespace Cms.Api.Hosting;

/// <summary>Who is asking, as the domain sees it.</summary>
public static class Audiences
{
    /// <summary>
    /// The newsroom for editor and admin keys; the public plus their own author's articles for contributor and author keys;
    /// the public without a key.
    /// </summary>
    public static Audience Of(HttpContext context) => Callers.Of(context.User) switch
    {
        null => Audience.Public,
        { Role: >= Role.Editor } => Audience.Newsroom,
        { AuthorId: { } author } => Audience.Bylined(author),
        _ => Audience.Public,
    };
}
