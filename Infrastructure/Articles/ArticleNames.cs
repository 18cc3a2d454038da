using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// The bylines, tags and read-also targets of each article read, as three JSON columns of the article's own row: one
/// statement reads an article whole, and a page of articles costs no more statements than one.
/// </summary>
internal static class ArticleNames
{
    /// <summary>The three columns, with the extra fields the includes ask for; needs <c>@newsroom</c>.</summary>
    public static string Columns(ArticleIncludes includes)
    {
        var profile = includes.HasFlag(ArticleIncludes.Authors)
            ? ", 'Bio', n.bio, 'AvatarUrl', n.avatar_url, 'JobTitle', n.job_title, 'Website', n.website, 'X', n.x, " +
              "'Facebook', n.facebook, 'Linkedin', n.linkedin, 'Instagram', n.instagram, 'Mastodon', n.mastodon, 'Bluesky', n.bluesky"
            : "";
        var description = includes.HasFlag(ArticleIncludes.Tags) ? ", 'Description', n.description" : "";
        var teaser = includes.HasFlag(ArticleIncludes.ReadAlso)
            ? ", 'Excerpt', n.excerpt, 'ImageUrl', n.image_url, 'ImageAlt', n.image_alt, 'ImageCaption', n.image_caption, " +
              "'ImageCredit', n.image_credit, 'ImageWidth', n.image_width, 'ImageHeight', n.image_height"
            : "";
        return $"""
            , (SELECT json_group_array(json_object('Id', n.id, 'Slug', n.slug, 'Name', n.name{profile}) ORDER BY l.position)
               FROM article_authors l JOIN authors n ON n.id = l.author_id WHERE l.article_id = a.id) AS authors_json
            , (SELECT json_group_array(json_object('Id', n.id, 'Slug', n.slug, 'Name', n.name{description}) ORDER BY l.position)
               FROM article_tags l JOIN tags n ON n.id = l.tag_id
               WHERE l.article_id = a.id AND (@newsroom OR n.visibility = 'public')) AS tags_json
            , (SELECT json_group_array(json_object('Id', n.id, 'Slug', n.slug, 'Name', n.title, 'PublishedAt', n.published_at,
                   'CreatedAt', n.created_at{teaser}) ORDER BY l.position)
               FROM article_read_also l JOIN articles n ON n.id = l.target_id
               WHERE l.article_id = a.id AND n.status = 'published') AS read_also_json
            """;
    }

    public static List<Byline> Bylines(ArticleRow row, ArticleIncludes includes) =>
        Read(row.AuthorsJson).Select(name => new Byline(name.Id, name.Slug, name.Name)
        {
            Profile = includes.HasFlag(ArticleIncludes.Authors)
                ? new AuthorProfile(name.Name, name.Bio, name.AvatarUrl, name.JobTitle, name.Website,
                    new SocialProfiles(name.X, name.Facebook, name.Linkedin, name.Instagram, name.Mastodon, name.Bluesky), null)
                : null,
        }).ToList();

    public static List<TagLabel> Tags(ArticleRow row) =>
        Read(row.TagsJson).Select(name => new TagLabel(name.Id, name.Slug, name.Name) { Description = name.Description }).ToList();

    public static List<ReadAlsoTeaser> ReadAlso(ArticleRow row, ArticleIncludes includes, ArticleLinks links) =>
        Read(row.ReadAlsoJson).Select(name => new ReadAlsoTeaser(name.Id, name.Slug, name.Name,
            links.UrlOf(name.Id, name.Slug, name.PublishedAt, name.CreatedAt))
        {
            Excerpt = name.Excerpt,
            PublishedAt = includes.HasFlag(ArticleIncludes.ReadAlso) ? name.PublishedAt : null,
            FeatureImage = name.ImageUrl is null
                ? null
                : new FeatureImage(name.ImageUrl, name.ImageAlt, name.ImageCaption, name.ImageCredit, name.ImageWidth, name.ImageHeight),
        }).ToList();

    private static List<Named> Read(string? json) =>
        string.IsNullOrEmpty(json) || json == "[]" ? [] : JsonSerializer.Deserialize(json, NamesJson.Default.ListNamed) ?? [];

    /// <summary>One name in a JSON column.</summary>
    internal sealed class Named
    {
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string? Bio { get; init; }
        public string? AvatarUrl { get; init; }
        public string? JobTitle { get; init; }
        public string? Website { get; init; }
        public string? X { get; init; }
        public string? Facebook { get; init; }
        public string? Linkedin { get; init; }
        public string? Instagram { get; init; }
        public string? Mastodon { get; init; }
        public string? Bluesky { get; init; }
        public string? Description { get; init; }
        public string? Excerpt { get; init; }
        public string? ImageUrl { get; init; }
        public string? ImageAlt { get; init; }
        public string? ImageCaption { get; init; }
        public string? ImageCredit { get; init; }
        public int? ImageWidth { get; init; }
        public int? ImageHeight { get; init; }
    }
}

/// <summary>Source-generated reading of the name columns.</summary>
[JsonSerializable(typeof(List<ArticleNames.Named>))]
internal sealed partial class NamesJson : JsonSerializerContext;
