using Cms.Domain.Common;

namespace Cms.Domain.Authors;

/// <summary>Who wrote an article, as shown in a byline and on an author page. The email is for the newsroom only.</summary>
public sealed record AuthorProfile(
    string Name,
    string? Bio,
    string? AvatarUrl,
    string? JobTitle,
    string? Website,
    SocialProfiles Social,
    string? Email);

/// <summary>An author's profiles on social networks, as URLs or handles.</summary>
public sealed record SocialProfiles(string? X = null, string? Facebook = null, string? Linkedin = null, string? Instagram = null, string? Mastodon = null,
    string? Bluesky = null)
{
    /// <summary>No profiles.</summary>
    public static readonly SocialProfiles None = new(null, null, null, null, null, null);
}

/// <summary>Where authors are kept.</summary>
public interface IAuthorStore : IListingStore<AuthorProfile>;
