namespace Cms.Domain.Articles.Body;

/// <summary>What a reader sees of the article a teaser points to, as it stands at read time.</summary>
/// <param name="Id">The target article's id.</param>
/// <param name="Slug">The target's current slug.</param>
/// <param name="Title">The target's current title.</param>
/// <param name="Url">The target's public URL.</param>
public sealed record ReadAlsoTeaser(Guid Id, string Slug, string Title, string Url)
{
    /// <summary>The target's excerpt, read only when asked for with <see cref="ArticleIncludes.ReadAlso"/>.</summary>
    public string? Excerpt { get; init; }

    /// <summary>The target's head image, read only when asked for.</summary>
    public FeatureImage? FeatureImage { get; init; }

    /// <summary>When the target went public, read only when asked for.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
}
