using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// The ids of each article's authors and tags and its published read-also targets as columns of the article's own
/// row: one statement reads an article whole, and a page of articles costs no more statements than one. Names come
/// from the <see cref="NameDirectory"/>.
/// </summary>
internal static class ArticleNames
{
    /// <summary>The ids of the article's authors and tags, in their order, comma-separated, and the name directory's version.</summary>
    public const string LinkIdColumns = $"""
        , (SELECT group_concat(author_id, ',' ORDER BY position) FROM article_authors WHERE article_id = a.id) AS author_ids
        , (SELECT group_concat(tag_id, ',' ORDER BY position) FROM article_tags WHERE article_id = a.id) AS tag_ids
        {NameDirectory.VersionColumn}
        """;

    /// <summary>The columns, with the teaser fields <c>include=readAlso</c> asks for.</summary>
    public static string Columns(ArticleIncludes includes)
    {
        var teaser = includes.HasFlag(ArticleIncludes.ReadAlso)
            ? ", 'Excerpt', n.excerpt, 'FeatureImage', CASE WHEN n.image_url IS NOT NULL THEN json_object('Url', n.image_url, " +
              "'Alt', n.image_alt, 'Caption', n.image_caption, 'Credit', n.image_credit, 'Width', n.image_width, 'Height', n.image_height) END"
            : "";
        return $"""
            {LinkIdColumns}
            , (SELECT json_group_array(json_object('Id', n.id, 'Slug', n.slug, 'Name', n.title, 'PublishedAt', n.published_at,
                   'CreatedAt', n.created_at{teaser}) ORDER BY l.position)
               FROM article_read_also l JOIN articles n ON n.id = l.target_id
               WHERE l.article_id = a.id AND n.status = 'published') AS read_also_json
            """;
    }

    public static List<ReadAlsoTeaser> ReadAlso(ArticleRow row, ArticleIncludes includes, ArticleLinks links) =>
        Read(row.ReadAlsoJson).Select(name => new ReadAlsoTeaser(name.Id, name.Slug, name.Name,
            links.UrlOf(name.Id, name.Slug, name.PublishedAt, name.CreatedAt))
        {
            Excerpt = name.Excerpt,
            PublishedAt = includes.HasFlag(ArticleIncludes.ReadAlso) ? name.PublishedAt : null,
            FeatureImage = name.FeatureImage,
        }).ToList();

    private static List<TeaserTarget> Read(string? json) =>
        string.IsNullOrEmpty(json) || json == "[]" ? [] : JsonSerializer.Deserialize(json, TeaserJson.Default.ListTeaserTarget) ?? [];

    /// <summary>One read-also target in the JSON column.</summary>
    internal sealed class TeaserTarget
    {
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string? Excerpt { get; init; }
        public FeatureImage? FeatureImage { get; init; }
    }
}

/// <summary>Source-generated reading of the teaser column.</summary>
[JsonSerializable(typeof(List<ArticleNames.TeaserTarget>))]
internal sealed partial class TeaserJson : JsonSerializerContext;
