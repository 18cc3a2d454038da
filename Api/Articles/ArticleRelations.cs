using System.Text.Json.Serialization;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;

namespace Cms.Api.Articles;

/// <summary>An author on an article's byline; the profile fields come with <c>include=authors</c>.</summary>
/// <param name="Id">The author's id.</param>
/// <param name="Slug">The author's slug.</param>
/// <param name="Name">The name as printed in the byline.</param>
/// <param name="JobTitle">With <c>include=authors</c>: job title.</param>
/// <param name="Bio">With <c>include=authors</c>: short biography.</param>
/// <param name="AvatarUrl">With <c>include=authors</c>: portrait URL.</param>
/// <param name="Website">With <c>include=authors</c>: personal website.</param>
/// <param name="Social">With <c>include=authors</c>: profiles on social networks.</param>
public sealed record ArticleAuthor(
    Guid Id,
    string Slug,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? JobTitle = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Bio = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AvatarUrl = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Website = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SocialProfiles? Social = null)
{
    /// <summary>The byline entry, with the public profile when it was read.</summary>
    public static ArticleAuthor From(Byline byline) => byline.Profile is { } p
        ? new(byline.Id, byline.Slug, byline.Name, p.JobTitle, p.Bio, p.AvatarUrl, p.Website, p.Social)
        : new(byline.Id, byline.Slug, byline.Name);
}

/// <summary>A tag on an article; the description comes with <c>include=tags</c>.</summary>
/// <param name="Id">The tag's id.</param>
/// <param name="Slug">The tag's slug.</param>
/// <param name="Name">The tag's name.</param>
/// <param name="Description">With <c>include=tags</c>: what the tag gathers.</param>
public sealed record ArticleTag(
    Guid Id,
    string Slug,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description = null)
{
    /// <summary>The tag entry.</summary>
    public static ArticleTag From(TagLabel tag) => new(tag.Id, tag.Slug, tag.Name, tag.Description);
}

/// <summary>A read-also teaser; excerpt, image and publication time come with <c>include=readAlso</c>.</summary>
/// <param name="Id">The target article's id.</param>
/// <param name="Slug">Its current slug.</param>
/// <param name="Title">Its current title.</param>
/// <param name="Url">Its public URL.</param>
/// <param name="Excerpt">With <c>include=readAlso</c>: its excerpt.</param>
/// <param name="FeatureImage">With <c>include=readAlso</c>: its head image, when it has one.</param>
/// <param name="PublishedAt">With <c>include=readAlso</c>: when it went public.</param>
public sealed record ArticleReadAlso(
    Guid Id,
    string Slug,
    string Title,
    string Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Excerpt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FeatureImage? FeatureImage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? PublishedAt = null)
{
    /// <summary>The teaser entry.</summary>
    public static ArticleReadAlso From(ReadAlsoTeaser teaser) =>
        new(teaser.Id, teaser.Slug, teaser.Title, teaser.Url, teaser.Excerpt, teaser.FeatureImage, teaser.PublishedAt);
}

/// <summary>How an article matched a search.</summary>
/// <param name="Snippet">The best-matching passage as HTML: text escaped, matched words in <c>&lt;mark&gt;</c>.</param>
/// <param name="Score">Higher is a better match, comparable only within one search; null unless sorted by relevance.</param>
public sealed record SearchMatch(string Snippet, double? Score);
