using Cms.Domain.Articles;

namespace Cms.Api.Articles;

/// <summary>An article as written by a client, for create (POST) and replace (PUT).</summary>
/// <param name="Title">Plain-text headline.</param>
/// <param name="Body">Markdown. A paragraph of its own reading <c>[[read-also: slug-or-id]]</c> is a read-also teaser.</param>
/// <param name="Language">BCP 47 language tag, such as <c>fr</c> or <c>en-GB</c>.</param>
/// <param name="Slug">Lowercase a-z, digits and hyphens; made from the title when absent.</param>
/// <param name="Subtitle">Standfirst shown under the headline.</param>
/// <param name="Excerpt">Short summary for cards; derived from the body when absent.</param>
/// <param name="Authors">Authors by id or slug, in byline order.</param>
/// <param name="Tags">Tags by id or slug; the first is the primary tag.</param>
/// <param name="FeatureImage">The picture at the head of the article.</param>
/// <param name="CanonicalUrl">Absolute http(s) URL of the original when the article is republished.</param>
/// <param name="Share">Search and social-share metadata.</param>
public sealed record ArticleRequest(
    string Title,
    string Body,
    string Language,
    string? Slug = null,
    string? Subtitle = null,
    string? Excerpt = null,
    IReadOnlyList<string>? Authors = null,
    IReadOnlyList<string>? Tags = null,
    FeatureImageRequest? FeatureImage = null,
    string? CanonicalUrl = null,
    ShareRequest? Share = null)
{
    /// <summary>The request as the newsroom's use case takes it.</summary>
    public ArticleDraft ToDraft() => new(Slug, Title, Subtitle, Excerpt, Body, Domain.Common.LanguageTag.Normalize(Language) ?? Language,
        Authors ?? [], Tags ?? [],
        FeatureImage is { } image ? new FeatureImage(image.Url, image.Alt, image.Caption, image.Credit, image.Width, image.Height) : null,
        CanonicalUrl, Share?.ToMetadata() ?? ShareMetadata.None);

    /// <summary>The request that would write this article again as it is.</summary>
    public static ArticleRequest From(Article article) => From(article.State);

    /// <summary>The request that would write this state (a revision's, or the current one) again.</summary>
    public static ArticleRequest From(ArticleState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var content = state.Content;
        return From(new ArticleDraft(state.Slug, content.Title, content.Subtitle, content.Excerpt, content.Body, content.Language,
            content.AuthorIds.Select(id => id.ToString("D")).ToList(), content.TagIds.Select(id => id.ToString("D")).ToList(),
            content.FeatureImage, content.CanonicalUrl, content.Share));
    }

    /// <summary>The request that would write this draft.</summary>
    public static ArticleRequest From(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var image = draft.FeatureImage;
        var share = draft.Share;
        return new ArticleRequest(draft.Title, draft.Body, draft.Language, draft.Slug, draft.Subtitle, draft.Excerpt, draft.Authors, draft.Tags,
            image is null ? null : new FeatureImageRequest(image.Url, image.Alt, image.Caption, image.Credit, image.Width, image.Height),
            draft.CanonicalUrl,
            new ShareRequest(share.MetaTitle, share.MetaDescription, share.OgTitle, share.OgDescription, share.OgImage,
                share.TwitterTitle, share.TwitterDescription, share.TwitterImage, share.TwitterCard, share.Hashtags));
    }
}

/// <summary>A feature image.</summary>
/// <param name="Url">Absolute http(s) URL of the image.</param>
/// <param name="Alt">Text for readers who cannot see it.</param>
/// <param name="Caption">Caption shown under it.</param>
/// <param name="Credit">Photographer or agency.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record FeatureImageRequest(string Url, string? Alt = null, string? Caption = null, string? Credit = null, int? Width = null, int? Height = null);

/// <summary>Search and social-share metadata; absent fields fall back to the article's own.</summary>
/// <param name="MetaTitle">HTML title for search engines.</param>
/// <param name="MetaDescription">Meta description for search engines.</param>
/// <param name="OgTitle">Open Graph title.</param>
/// <param name="OgDescription">Open Graph description.</param>
/// <param name="OgImage">Open Graph image, absolute http(s) URL.</param>
/// <param name="TwitterTitle">X card title.</param>
/// <param name="TwitterDescription">X card description.</param>
/// <param name="TwitterImage">X card image, absolute http(s) URL.</param>
/// <param name="TwitterCard"><c>summary</c> or <c>summary_large_image</c>.</param>
/// <param name="Hashtags">Share hashtags without their <c>#</c>.</param>
public sealed record ShareRequest(
    string? MetaTitle = null,
    string? MetaDescription = null,
    string? OgTitle = null,
    string? OgDescription = null,
    string? OgImage = null,
    string? TwitterTitle = null,
    string? TwitterDescription = null,
    string? TwitterImage = null,
    string? TwitterCard = null,
    IReadOnlyList<string>? Hashtags = null)
{
    /// <summary>The metadata as the domain keeps it.</summary>
    public ShareMetadata ToMetadata() => new(MetaTitle, MetaDescription, OgTitle, OgDescription, OgImage, TwitterTitle,
        TwitterDescription, TwitterImage, TwitterCard, Hashtags ?? []);
}

/// <summary>Publishes an article.</summary>
/// <param name="PublishedAt">When it goes public: absent for now, a past time to backdate, a future time to schedule.</param>
public sealed record PublishRequest(DateTimeOffset? PublishedAt = null);
