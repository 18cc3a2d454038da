using System.Text.Json.Serialization;
using Cms.Api.Articles;
using Cms.Api.Authors;
using Cms.Api.Tags;
using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Exchange;
using Cms.Domain.Tags;

namespace Cms.Api.Exchange;

/// <summary>
/// One line of the NDJSON exchange format, for import and export alike: a typed record found again by <c>externalId</c>
/// when it has one, else by <c>slug</c>. References to other records are slugs (or ids).
/// </summary>
/// <param name="ExternalId">A key the importing script chooses (at most 200 characters), kept with the record.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AuthorLine), "author")]
[JsonDerivedType(typeof(TagLine), "tag")]
[JsonDerivedType(typeof(ArticleLine), "article")]
public abstract record ExchangeLine([property: JsonPropertyOrder(-2)] string? ExternalId)
{
    /// <summary>The record as the newsroom's import takes it.</summary>
    public abstract ExchangeRecord ToRecord();

    /// <summary>The line that writes a record.</summary>
    public static ExchangeLine From(ExchangeRecord record) => record switch
    {
        AuthorRecord author => AuthorLine.From(author),
        TagRecord tag => TagLine.From(tag),
        ArticleRecord article => ArticleLine.From(article),
        _ => throw new ArgumentOutOfRangeException(nameof(record), record?.GetType().Name, "Not an exchange record."),
    };
}

/// <summary>An author line: the fields of an author request, plus <c>externalId</c> and <c>createdAt</c>.</summary>
/// <param name="Name">Name as shown in bylines.</param>
/// <param name="Slug">Lowercase a-z, digits and hyphens; required without an <c>externalId</c>, else made from the name.</param>
/// <param name="Bio">Short biography.</param>
/// <param name="AvatarUrl">Portrait, absolute http(s) URL.</param>
/// <param name="JobTitle">Job title.</param>
/// <param name="Website">Personal website, absolute http(s) URL.</param>
/// <param name="Social">Profiles on social networks.</param>
/// <param name="Email">Newsroom contact; never shown publicly.</param>
/// <param name="ExternalId">The script's key for the author.</param>
/// <param name="CreatedAt">When the author was first created; kept for a new author, now when absent.</param>
public sealed record AuthorLine(string Name, [property: JsonPropertyOrder(-1)] string? Slug = null, string? Bio = null, string? AvatarUrl = null,
    string? JobTitle = null, string? Website = null, SocialProfiles? Social = null, string? Email = null, string? ExternalId = null,
    DateTimeOffset? CreatedAt = null) : ExchangeLine(ExternalId)
{
    /// <summary>The author request the line holds, for the API's own field rules.</summary>
    public AuthorRequest ToRequest() => new(Name, Slug, Bio, AvatarUrl, JobTitle, Website, Social, Email);

    /// <inheritdoc />
    public override ExchangeRecord ToRecord() =>
        new AuthorRecord(ExternalId, Slug, new AuthorProfile(Name, Bio, AvatarUrl, JobTitle, Website, Social ?? SocialProfiles.None, Email), CreatedAt);

    /// <summary>The line for an exported author.</summary>
    public static AuthorLine From(AuthorRecord record)
    {
        var p = record.Profile;
        return new AuthorLine(p.Name, record.GivenSlug, p.Bio, p.AvatarUrl, p.JobTitle, p.Website, p.Social == SocialProfiles.None ? null : p.Social,
            p.Email, record.ExternalId, record.CreatedAt);
    }
}

/// <summary>A tag line: the fields of a tag request, plus <c>externalId</c> and <c>createdAt</c>.</summary>
/// <param name="Name">Name shown to readers.</param>
/// <param name="Slug">Lowercase a-z, digits and hyphens; required without an <c>externalId</c>, else made from the name.</param>
/// <param name="Description">What the tag gathers.</param>
/// <param name="Visibility"><c>public</c>, or <c>internal</c> for workflow tags never shown publicly.</param>
/// <param name="ExternalId">The script's key for the tag.</param>
/// <param name="CreatedAt">When the tag was first created; kept for a new tag, now when absent.</param>
public sealed record TagLine(string Name, [property: JsonPropertyOrder(-1)] string? Slug = null, string? Description = null,
    TagVisibility Visibility = TagVisibility.Public, string? ExternalId = null, DateTimeOffset? CreatedAt = null) : ExchangeLine(ExternalId)
{
    /// <summary>The tag request the line holds, for the API's own field rules.</summary>
    public TagRequest ToRequest() => new(Name, Slug, Description, Visibility);

    /// <inheritdoc />
    public override ExchangeRecord ToRecord() => new TagRecord(ExternalId, Slug, new TagDetails(Name, Description, Visibility), CreatedAt);

    /// <summary>The line for an exported tag.</summary>
    public static TagLine From(TagRecord record) =>
        new(record.Details.Name, record.GivenSlug, record.Details.Description, record.Details.Visibility, record.ExternalId, record.CreatedAt);
}

/// <summary>
/// An article line: the fields of an article request, plus <c>externalId</c>, <c>status</c> (<c>draft</c>, <c>published</c>,
/// <c>scheduled</c>, <c>archived</c>), <c>publishedAt</c>, <c>firstPublishedAt</c> and <c>createdAt</c>.
/// </summary>
/// <param name="Title">Plain-text headline.</param>
/// <param name="Body">Markdown. A paragraph of its own reading <c>[[read-also: slug-or-id]]</c> is a teaser; its target must exist or come earlier in the file.</param>
/// <param name="Language">BCP 47 language tag.</param>
/// <param name="Slug">Lowercase a-z, digits and hyphens; required without an <c>externalId</c>, else made from the title.</param>
/// <param name="Subtitle">Standfirst shown under the headline.</param>
/// <param name="Excerpt">Short summary for cards; derived from the body when absent.</param>
/// <param name="Authors">Authors by slug or id, in byline order.</param>
/// <param name="Tags">Tags by slug or id; the first is the primary tag.</param>
/// <param name="FeatureImage">The picture at the head of the article.</param>
/// <param name="CanonicalUrl">Absolute http(s) URL of the original when the article is republished.</param>
/// <param name="Share">Search and social-share metadata.</param>
/// <param name="Status"><c>draft</c> (default), <c>published</c>, <c>scheduled</c> (with a <c>publishedAt</c> ahead) or <c>archived</c>
/// (keeping the <c>publishedAt</c> given, if any).</param>
/// <param name="PublishedAt">When it went or goes public; absent for a draft, and for now or the current date when published.</param>
/// <param name="FirstPublishedAt">When it first went public, for an article with a history; never moves once on record.</param>
/// <param name="CreatedAt">When the article was first created; kept for a new article, now when absent.</param>
/// <param name="ExternalId">The script's key for the article.</param>
public sealed record ArticleLine(
    string Title,
    string Body,
    string Language,
    [property: JsonPropertyOrder(-1)] string? Slug = null,
    string? Subtitle = null,
    string? Excerpt = null,
    IReadOnlyList<string>? Authors = null,
    IReadOnlyList<string>? Tags = null,
    FeatureImageRequest? FeatureImage = null,
    string? CanonicalUrl = null,
    ShareRequest? Share = null,
    ArticleStatus Status = ArticleStatus.Draft,
    DateTimeOffset? PublishedAt = null,
    DateTimeOffset? FirstPublishedAt = null,
    DateTimeOffset? CreatedAt = null,
    string? ExternalId = null) : ExchangeLine(ExternalId)
{
    /// <summary>The article request the line holds, for the API's own field rules.</summary>
    public ArticleRequest ToRequest() => new(Title, Body, Language, Slug, Subtitle, Excerpt, Authors, Tags, FeatureImage, CanonicalUrl, Share);

    /// <inheritdoc />
    public override ExchangeRecord ToRecord() =>
        new ArticleRecord(ExternalId, ToRequest().ToDraft(), new Publication(Status, PublishedAt, FirstPublishedAt), CreatedAt);

    /// <summary>The line for an exported article.</summary>
    public static ArticleLine From(ArticleRecord record)
    {
        var written = ArticleRequest.From(record.Draft);
        return new ArticleLine(written.Title, written.Body, written.Language, written.Slug, written.Subtitle, written.Excerpt, written.Authors,
            written.Tags, written.FeatureImage, written.CanonicalUrl, IsEmpty(written.Share!) ? null : written.Share, record.Publication.Status, record.Publication.PublishedAt,
            record.Publication.FirstPublishedAt, record.CreatedAt, record.ExternalId);
    }

    private static bool IsEmpty(ShareRequest share) =>
        share == new ShareRequest(Hashtags: share.Hashtags) && share.Hashtags is not { Count: > 0 };
}
