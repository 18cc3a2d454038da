using Cms.Domain.Access;
using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>An article as one change left it: its full content, who made the change, when, and which fields it changed.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Number">The article's version after the change: 1 for its creation, one more for each change since.</param>
/// <param name="State">Slug, content, status and publication date after the change.</param>
/// <param name="At">When the change was made.</param>
/// <param name="KeyId">The key that made it; null for the CMS itself (the scheduler).</param>
/// <param name="By">The key's name, or the part of the CMS that made it.</param>
/// <param name="Changed">The fields the change touched, by their API names.</param>
public sealed record ArticleRevision(Guid ArticleId, int Number, ArticleState State, DateTimeOffset At, Guid? KeyId, string By,
    IReadOnlyList<string> Changed)
{
    /// <summary>The revision a change leaves: <paramref name="before"/> is null for a creation.</summary>
    public static ArticleRevision Of(ArticleState? before, Article after, Caller caller) =>
        new(after.Id, after.Version, after.State, after.UpdatedAt, caller.KeyId, caller.Name, ArticleState.Changes(before, after.State));
}

/// <summary>What a revision keeps of an article: everything a restore can bring back, and where it stood in the workflow.</summary>
public sealed record ArticleState(string Slug, ArticleContent Content, ArticleStatus Status, DateTimeOffset? PublishedAt)
{
    /// <summary>The API names of the fields that differ; for a creation, those that have a value.</summary>
    public static IReadOnlyList<string> Changes(ArticleState? before, ArticleState after)
    {
        var was = before ?? Empty;
        var a = was.Content;
        var b = after.Content;
        var changed = new List<string>();
        void Check(string name, bool same)
        {
            if (!same) changed.Add(name);
        }
        Check("slug", was.Slug == after.Slug);
        Check("title", a.Title == b.Title);
        Check("subtitle", a.Subtitle == b.Subtitle);
        Check("excerpt", a.Excerpt == b.Excerpt);
        Check("body", a.Body == b.Body);
        Check("language", a.Language == b.Language);
        Check("authors", a.AuthorIds.SequenceEqual(b.AuthorIds));
        Check("tags", a.TagIds.SequenceEqual(b.TagIds));
        Check("featureImage", a.FeatureImage == b.FeatureImage);
        Check("canonicalUrl", a.CanonicalUrl == b.CanonicalUrl);
        Check("share", a.Share with { Hashtags = [] } == b.Share with { Hashtags = [] } && a.Share.Hashtags.SequenceEqual(b.Share.Hashtags));
        Check("status", was.Status == after.Status && before is not null);
        Check("publishedAt", was.PublishedAt == after.PublishedAt);
        return changed;
    }

    private static readonly ArticleState Empty =
        new("", new ArticleContent("", null, "", "", "", [], [], null, null, ShareMetadata.None), ArticleStatus.Draft, null);
}

/// <summary>Reads an article's revisions.</summary>
public interface IArticleRevisions
{
    /// <summary>A page of the article's revisions, newest first.</summary>
    Task<Page<ArticleRevision>> ListAsync(Guid articleId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>One revision, or null.</summary>
    Task<ArticleRevision?> FindAsync(Guid articleId, int number, CancellationToken cancellationToken);
}
