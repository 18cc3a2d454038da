using Cms.Api.Hosting;
using Cms.Domain.Articles;
using FluentValidation;

namespace Cms.Api.Articles;

/// <summary>An article named by another: a pick, a translation.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Slug">Readable key.</param>
/// <param name="Title">Headline.</param>
/// <param name="Language">BCP 47 tag.</param>
/// <param name="Status"><c>draft</c>, <c>scheduled</c>, <c>published</c> or <c>archived</c>.</param>
/// <param name="Url">Public URL from the site's template.</param>
/// <param name="PublishedAt">When it went (or goes) public.</param>
public sealed record ArticleReference(Guid Id, string Slug, string Title, string Language, string Status, string Url, DateTimeOffset? PublishedAt)
{
    /// <summary>Names a stored article.</summary>
    public static ArticleReference From(ArticleView view, ArticleLinks links) => new(view.Id, view.Slug, view.Title, view.Language,
        view.Status.Name(), links.UrlOf(view.Id, view.Slug, view.PublishedAt, view.CreatedAt), view.PublishedAt);
}

/// <summary>A list of articles, each by id or slug, in order.</summary>
/// <param name="Articles">Ids or slugs.</param>
public sealed record ArticleKeysRequest(IReadOnlyList<string> Articles);

/// <summary>The rules of an article list.</summary>
public sealed class ArticleKeysRequestValidator : AbstractValidator<ArticleKeysRequest>
{
    /// <summary>The most articles a list may name.</summary>
    public const int MaxArticles = 30;

    /// <summary>Sets up the rules.</summary>
    public ArticleKeysRequestValidator() => RuleFor(r => r.Articles).Keys(MaxArticles);
}
