using Cms.Domain.Articles.Body;
using Cms.Domain.Common;

namespace Cms.Domain.Exchange;

/// <summary>Gathers the keys a batch names, so the store is asked once per batch rather than once per line.</summary>
internal static class BatchKeys
{
    public static ImportKeys Of(IReadOnlyList<ImportLine> lines, IReadOnlyList<ArticleBody?> bodies)
    {
        var authors = new Gathered();
        var tags = new Gathered();
        var articles = new Gathered();
        var teasers = new Gathered();
        for (var i = 0; i < lines.Count; i++)
        {
            switch (lines[i].Record)
            {
                case AuthorRecord author:
                    authors.Own(author.ExternalId, author.GivenSlug ?? Slug.From(author.Profile.Name, "author"));
                    break;
                case TagRecord tag:
                    tags.Own(tag.ExternalId, tag.GivenSlug ?? Slug.From(tag.Details.Name, "tag"));
                    break;
                case ArticleRecord article:
                    articles.Own(article.ExternalId, article.Draft.Slug ?? Slug.From(article.Draft.Title, "article"));
                    foreach (var key in article.Draft.Authors) authors.Name(key);
                    foreach (var key in article.Draft.Tags) tags.Name(key);
                    foreach (var key in bodies[i]?.ReadAlsoKeys ?? []) teasers.Name(key);
                    break;
            }
        }
        return new ImportKeys(authors.Keys, tags.Keys, articles.Keys, teasers.Keys);
    }

    private sealed class Gathered
    {
        private readonly HashSet<string> slugs = new(StringComparer.Ordinal);
        private readonly HashSet<Guid> ids = [];
        private readonly HashSet<string> externalIds = new(StringComparer.Ordinal);

        public KeySet Keys => new(slugs, ids, externalIds);

        public void Own(string? externalId, string slug)
        {
            if (externalId is not null) externalIds.Add(externalId);
            slugs.Add(slug);
        }

        public void Name(string key)
        {
            if (Guid.TryParse(key, out var id)) ids.Add(id);
            else slugs.Add(key);
        }
    }
}
